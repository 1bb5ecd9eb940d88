using System.Globalization;

namespace VixShield.Live.Rules.Conditions;

/// <summary>Parses the condition language and compiles it to a <see cref="SignalCondition"/> once, at load.</summary>
/// <remarks>
/// <para>Grammar (recursive descent, lowest precedence first):</para>
/// <code>
/// condition  := or
/// or         := and ( ("||" | "or") and )*
/// and        := unary ( ("&amp;&amp;" | "and") unary )*
/// unary      := ("!" | "not") unary | primary
/// primary    := "(" or ")" | "true" | "false" | operand [ compare operand ]
/// operand    := signal | "layer_open" "(" integer ")" | number
/// compare    := "&gt;=" | "&gt;" | "&lt;=" | "&lt;" | "==" | "!="
/// </code>
/// <para>Types: numbers compare with numbers; a flag is used on its own, negated, or compared with true, false or
/// another flag using == or !=. A comparison needs at least one signal, and comparisons do not chain. Numbers are
/// invariant (<c>0.5</c>, <c>-1</c>). Keywords and names are case-sensitive, lower case.</para>
/// <para>Compilation nests closures over slot indexes and constants, so evaluation is a few delegate calls and array
/// reads with no allocation and no interpretation of the text.</para>
/// </remarks>
public static class ConditionParser
{
    /// <exception cref="ConditionException">The text is empty, malformed, names an unknown signal or mixes types.</exception>
    public static SignalCondition Parse(string text, ConditionScope scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text, scope);
        return parser.ParseCondition();
    }

    private enum TokenKind
    {
        End,
        Identifier,
        Number,
        OpenParenthesis,
        CloseParenthesis,
        And,
        Or,
        Not,
        Compare,
    }

    private readonly record struct Token(TokenKind Kind, int Position, string Text, double Number = 0);

    private readonly record struct Operand(bool IsSignal, HedgeSignalDefinition? Signal, HedgeSignalType Type, double Constant, bool IsBooleanLiteral, string Text, int Position);

    private sealed class Parser
    {
        private readonly string text;
        private readonly ConditionScope scope;
        private readonly List<HedgeSignalDefinition> referenced = [];
        private int index;
        private Token current;

        public Parser(string text, ConditionScope scope)
        {
            this.text = text;
            this.scope = scope;
        }

        public SignalCondition ParseCondition()
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw Error("the condition is empty; write one such as move_sigma >= 0.5 && rsi5m > 70", 0);
            }

            Advance();
            var predicate = ParseOr();
            if (current.Kind != TokenKind.End)
            {
                throw Error(current.Kind == TokenKind.CloseParenthesis
                    ? "unbalanced ')': there is no '(' for it"
                    : $"unexpected '{current.Text}' after a complete condition; join conditions with && or ||", current.Position);
            }

            return new SignalCondition(text, predicate, referenced);
        }

        private ConditionPredicate ParseOr()
        {
            var left = ParseAnd();
            while (current.Kind == TokenKind.Or)
            {
                Advance();
                var right = ParseAnd();
                var first = left;
                left = signals => first(signals) || right(signals);
            }

            return left;
        }

        private ConditionPredicate ParseAnd()
        {
            var left = ParseUnary();
            while (current.Kind == TokenKind.And)
            {
                Advance();
                var right = ParseUnary();
                var first = left;
                left = signals => first(signals) && right(signals);
            }

            return left;
        }

        private ConditionPredicate ParseUnary()
        {
            if (current.Kind == TokenKind.Not)
            {
                Advance();
                var operand = ParseUnary();
                return signals => !operand(signals);
            }

            return ParsePrimary();
        }

        private ConditionPredicate ParsePrimary()
        {
            if (current.Kind == TokenKind.OpenParenthesis)
            {
                var open = current.Position;
                Advance();
                if (current.Kind == TokenKind.CloseParenthesis)
                {
                    throw Error("empty parentheses: put a condition inside them", current.Position);
                }

                var inner = ParseOr();
                if (current.Kind != TokenKind.CloseParenthesis)
                {
                    throw Error($"missing ')' for the '(' at column {open + 1}", current.Position);
                }

                Advance();
                return inner;
            }

            var left = ParseOperand();
            if (current.Kind != TokenKind.Compare)
            {
                return AsFlag(left);
            }

            var comparison = current;
            Advance();
            var right = ParseOperand();
            if (current.Kind == TokenKind.Compare)
            {
                throw Error($"comparisons cannot be chained ('{comparison.Text}' then '{current.Text}'); join them with &&", current.Position);
            }

            return Compare(left, comparison, right);
        }

        private Operand ParseOperand()
        {
            var token = current;
            switch (token.Kind)
            {
                case TokenKind.Number:
                    Advance();
                    return new Operand(false, null, HedgeSignalType.Number, token.Number, false, token.Text, token.Position);
                case TokenKind.Identifier when token.Text is "true" or "false":
                    Advance();
                    return new Operand(false, null, HedgeSignalType.Boolean, token.Text == "true" ? 1.0 : 0.0, true, token.Text, token.Position);
                case TokenKind.Identifier when token.Text == "layer_open":
                    return ParseLayerOpen(token);
                case TokenKind.Identifier:
                    Advance();
                    var signal = Resolve(token.Text, token.Position);
                    return new Operand(true, signal, signal.Type, 0, false, token.Text, token.Position);
                case TokenKind.End:
                    throw Error("the condition ends where a signal or a number was expected", token.Position);
                case TokenKind.Compare:
                    throw Error($"'{token.Text}' needs a signal or a number on its left", token.Position);
                default:
                    throw Error($"expected a signal or a number, found '{token.Text}'", token.Position);
            }
        }

        private Operand ParseLayerOpen(Token name)
        {
            Advance();
            if (current.Kind != TokenKind.OpenParenthesis)
            {
                throw Error("layer_open needs a layer number in parentheses: layer_open(1)", current.Position);
            }

            Advance();
            var number = current;
            if (number.Kind != TokenKind.Number || number.Number != Math.Floor(number.Number) || number.Number < 1 || number.Number > HedgeSignalCatalog.MaximumLayers)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"layer_open takes a whole layer number from 1 to {HedgeSignalCatalog.MaximumLayers}, found '{number.Text}'"), number.Position);
            }

            Advance();
            if (current.Kind != TokenKind.CloseParenthesis)
            {
                throw Error($"missing ')' after layer_open({number.Text}", current.Position);
            }

            Advance();
            var signalName = HedgeSignalCatalog.LayerOpenName((int)number.Number);
            var signal = Resolve(signalName, name.Position);
            return new Operand(true, signal, signal.Type, 0, false, $"layer_open({number.Text})", name.Position);
        }

        private HedgeSignalDefinition Resolve(string name, int position)
        {
            if (!HedgeSignalCatalog.TryFind(name, out var signal))
            {
                var suggestion = Closest(name);
                throw Error($"unknown signal '{name}'" + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"), position);
            }

            if (signal.Slot >= (int)HedgeSignal.FirstLayerOpen)
            {
                var layer = signal.Slot - (int)HedgeSignal.FirstLayerOpen + 1;
                if (layer > scope.DefinedLayers)
                {
                    throw Error(string.Create(CultureInfo.InvariantCulture, $"'{name}' names layer {layer}, but this ruleset defines {scope.DefinedLayers} layer(s)"), position);
                }

                if (scope.EvaluatingLayer > 0 && layer >= scope.EvaluatingLayer)
                {
                    throw Error(string.Create(
                        CultureInfo.InvariantCulture,
                        $"layer {scope.EvaluatingLayer}'s condition names layer {layer} ('{name}'); layers open in order, so a condition may only name earlier layers"), position);
                }
            }

            if (signal.Slot == (int)HedgeSignal.RsiFiveMinuteChangeSinceFirstLayer && scope.EvaluatingLayer == 1)
            {
                throw Error($"'{name}' is unknown until layer 1 is open, so layer 1's own condition cannot use it", position);
            }

            if (!referenced.Contains(signal))
            {
                referenced.Add(signal);
            }

            return signal;
        }

        private ConditionPredicate AsFlag(Operand operand)
        {
            if (operand.IsBooleanLiteral)
            {
                var constant = operand.Constant > 0.5;
                return _ => constant;
            }

            if (!operand.IsSignal)
            {
                throw Error($"a number ('{operand.Text}') is not a condition; compare it with a signal", operand.Position);
            }

            if (operand.Type != HedgeSignalType.Boolean)
            {
                throw Error($"'{operand.Text}' is a number, not a flag; compare it, e.g. {operand.Text} > 0", operand.Position);
            }

            var slot = operand.Signal!.Slot;
            return signals => signals[slot] > 0.5;
        }

        private ConditionPredicate Compare(Operand left, Token comparison, Operand right)
        {
            if (!left.IsSignal && !right.IsSignal)
            {
                throw Error($"'{left.Text} {comparison.Text} {right.Text}' compares two constants; a comparison needs a signal", left.Position);
            }

            if (left.Type != right.Type)
            {
                var flag = left.Type == HedgeSignalType.Boolean ? left : right;
                var number = left.Type == HedgeSignalType.Boolean ? right : left;
                throw Error(
                    $"type mismatch: '{flag.Text}' is a flag (true/false) but '{number.Text}' is a number; use the flag alone, negate it with !, or compare it with true or false",
                    comparison.Position);
            }

            if (left.Type == HedgeSignalType.Boolean)
            {
                if (comparison.Text is not ("==" or "!="))
                {
                    throw Error($"flags can only be compared with == or !=, not '{comparison.Text}'", comparison.Position);
                }

                var equal = comparison.Text == "==";
                var leftFlag = AsFlag(left);
                var rightFlag = AsFlag(right);
                return equal
                    ? signals => leftFlag(signals) == rightFlag(signals)
                    : signals => leftFlag(signals) != rightFlag(signals);
            }

            if (!left.IsSignal)
            {
                return CompareSlotWithConstant(right.Signal!.Slot, Mirror(comparison.Text), left.Constant);
            }

            return right.IsSignal
                ? CompareSlots(left.Signal!.Slot, comparison.Text, right.Signal!.Slot)
                : CompareSlotWithConstant(left.Signal!.Slot, comparison.Text, right.Constant);
        }

        private static string Mirror(string comparison) => comparison switch
        {
            ">=" => "<=",
            ">" => "<",
            "<=" => ">=",
            "<" => ">",
            _ => comparison,
        };

        private static ConditionPredicate CompareSlotWithConstant(int slot, string comparison, double constant) => comparison switch
        {
            ">=" => signals => signals[slot] >= constant,
            ">" => signals => signals[slot] > constant,
            "<=" => signals => signals[slot] <= constant,
            "<" => signals => signals[slot] < constant,
            "==" => signals => signals[slot] == constant,
            _ => signals => signals[slot] != constant && !double.IsNaN(signals[slot]),
        };

        private static ConditionPredicate CompareSlots(int left, string comparison, int right) => comparison switch
        {
            ">=" => signals => signals[left] >= signals[right],
            ">" => signals => signals[left] > signals[right],
            "<=" => signals => signals[left] <= signals[right],
            "<" => signals => signals[left] < signals[right],
            "==" => signals => signals[left] == signals[right],
            _ => signals => signals[left] != signals[right] && !double.IsNaN(signals[left]) && !double.IsNaN(signals[right]),
        };

        private static string? Closest(string name)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var definition in HedgeSignalCatalog.All)
            {
                var distance = EditDistance(name, definition.Name);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = definition.Name;
                }
            }

            return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
        }

        private static int EditDistance(string left, string right)
        {
            var previous = new int[right.Length + 1];
            var row = new int[right.Length + 1];
            for (var j = 0; j <= right.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= left.Length; i++)
            {
                row[0] = i;
                for (var j = 1; j <= right.Length; j++)
                {
                    var substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
                    row[j] = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), substitution);
                }

                (previous, row) = (row, previous);
            }

            return previous[right.Length];
        }

        private void Advance() => current = NextToken();

        private Token NextToken()
        {
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            if (index >= text.Length)
            {
                return new Token(TokenKind.End, text.Length, "end of condition");
            }

            var start = index;
            var character = text[index];
            var next = index + 1 < text.Length ? text[index + 1] : '\0';
            switch (character)
            {
                case '(':
                    index++;
                    return new Token(TokenKind.OpenParenthesis, start, "(");
                case ')':
                    index++;
                    return new Token(TokenKind.CloseParenthesis, start, ")");
                case '&' when next == '&':
                    index += 2;
                    return new Token(TokenKind.And, start, "&&");
                case '|' when next == '|':
                    index += 2;
                    return new Token(TokenKind.Or, start, "||");
                case '&':
                    throw Error("'&' is not an operator; use && for and", start);
                case '|':
                    throw Error("'|' is not an operator; use || for or", start);
                case '>' or '<' when next == '=':
                    index += 2;
                    return new Token(TokenKind.Compare, start, text.Substring(start, 2));
                case '<' when next == '>':
                    throw Error("'<>' is not an operator; use != for not equal", start);
                case '>' or '<':
                    index++;
                    return new Token(TokenKind.Compare, start, text.Substring(start, 1));
                case '=' when next == '=':
                    index += 2;
                    return new Token(TokenKind.Compare, start, "==");
                case '=' when next == '>':
                    throw Error("'=>' is not an operator; did you mean >=?", start);
                case '=' when next == '<':
                    throw Error("'=<' is not an operator; did you mean <=?", start);
                case '=':
                    throw Error("'=' is not an operator; use == to compare", start);
                case '!' when next == '=':
                    index += 2;
                    return new Token(TokenKind.Compare, start, "!=");
                case '!':
                    index++;
                    return new Token(TokenKind.Not, start, "!");
                default:
                    break;
            }

            if (char.IsAsciiDigit(character) || (character is '-' or '.' && (char.IsAsciiDigit(next) || next == '.')))
            {
                return ReadNumber(start);
            }

            if (char.IsAsciiLetter(character) || character == '_')
            {
                while (index < text.Length && (char.IsAsciiLetterOrDigit(text[index]) || text[index] == '_'))
                {
                    index++;
                }

                var word = text[start..index];
                return word switch
                {
                    "and" => new Token(TokenKind.And, start, word),
                    "or" => new Token(TokenKind.Or, start, word),
                    "not" => new Token(TokenKind.Not, start, word),
                    _ => new Token(TokenKind.Identifier, start, word),
                };
            }

            throw Error($"unexpected character '{character}'", start);
        }

        private Token ReadNumber(int start)
        {
            index++;
            while (index < text.Length && (char.IsAsciiDigit(text[index]) || text[index] == '.'))
            {
                index++;
            }

            var word = text[start..index];
            if (!double.TryParse(word, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw Error($"'{word}' is not a number", start);
            }

            if (index < text.Length && (char.IsAsciiLetter(text[index]) || text[index] == '_'))
            {
                throw Error($"a number runs into a name at '{word}{text[index]}'; put a space or an operator between them", start);
            }

            return new Token(TokenKind.Number, start, word, value);
        }

        private ConditionException Error(string detail, int position) => new(detail, text, position);
    }
}
