namespace OfflinePackage.Json
{
    /// <summary>What is wrong with a JSON text: one kind for each <c>JsonError_</c> text of Resources/Strings.resx.</summary>
    public enum JsonErrorKind
    {
        EmptyInput,
        EndExpectingValue,
        UnexpectedExpectingValue,
        TextAfterValue,
        InvalidLiteral,
        InvalidNumber,
        TooDeep,
        EndInArray,
        UnexpectedInArray,
        EndExpectingName,
        UnexpectedExpectingName,
        EndExpectingColon,
        UnexpectedExpectingColon,
        EndInObject,
        UnexpectedInObject,
        UnterminatedString,
        ControlCharacter,
        UnpairedSurrogate,
        UnterminatedEscape,
        UnpairedSurrogateEscape,
        InvalidEscape,
        UnicodeEscapeDigits,
    }
}
