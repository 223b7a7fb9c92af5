package eval

import (
	"go/scanner"
	"go/token"
	"regexp"
	"strings"
)

// go/parser, which parses a cell, words some syntax errors otherwise than
// gc, which `go run` uses: gcSyntaxWords rewrites, in a compile error's
// lines, the messages whose gc words are certain (each pattern matches the
// whole message after its position).
var gcSyntaxWords = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`^expected at most 2 expressions$`), "range clause permits at most two iteration variables"},
	{regexp.MustCompile(`^missing parameter type$`), "syntax error: missing parameter type"},
	{regexp.MustCompile(`^method must have no type parameters$`), "syntax error: method must have no type parameters"},
	{regexp.MustCompile(`^expected type, found newline$`), "syntax error: unexpected newline, expected type"},
	{regexp.MustCompile(`^expected '\(', found ([A-Za-z_][A-Za-z_0-9]*)$`), "syntax error: unexpected name $1, expected ("},
	{regexp.MustCompile(`^unexpected newline, expecting \{ after (if|for|switch) clause$`), "syntax error: unexpected newline, expected { after $1 clause"},
	{regexp.MustCompile(`^illegal character (U\+[0-9A-F]+ .*)$`), "invalid character $1"},
	{regexp.MustCompile(`^missing ',' before newline in composite literal$`), "syntax error: unexpected newline in composite literal; possibly missing comma or }"},
	{regexp.MustCompile(`^expected operand, found '([^A-Za-z0-9_' ]+)'$`), "syntax error: unexpected $1, expected expression"},
	{regexp.MustCompile(`^illegal rune literal$`), "more than one character in rune literal"},
}

// syntaxPos matches the position that starts a compile error's line.
var syntaxPos = regexp.MustCompile(`^((?:[\w./\[\]-]+:)?\d+:\d+: )(.*)$`)

// gcSyntaxMessage returns msg with each line's message in gc's words.
func gcSyntaxMessage(msg string) string {
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		m := syntaxPos.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		for _, w := range gcSyntaxWords {
			if w.re.MatchString(m[2]) {
				lines[i] = m[1] + w.re.ReplaceAllString(m[2], w.repl)
				break
			}
		}
	}
	return strings.Join(lines, "\n")
}

// gcSyntaxInContext returns the message msg of a go/parser error (without
// its position) in gc's words, or "" if no rule knows it. Unlike
// gcSyntaxWords, gc's words here depend on the source: the token at the
// error's position (line and col, 1-based, in src) and the block the
// position is in (a struct type, an interface type, a statement block).
func gcSyntaxInContext(msg, src string, line, col int) string {
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	text := lines[line-1]
	at := ""
	if col >= 1 && col-1 <= len(text) {
		at = gcTokenAt(text[col-1:])
	}
	ctx := braceContext(lines, line, col)
	for _, r := range gcSyntaxRules {
		m := r.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		found := ""
		if len(m) > 1 {
			found = gcFoundToken(m[1])
		}
		return r.words(found, at, ctx, text)
	}
	return ""
}

var gcSyntaxRules = []struct {
	re    *regexp.Regexp
	words func(found, at, ctx, line string) string
}{
	{regexp.MustCompile(`^expected ';', found (.+)$`), func(found, _, ctx, _ string) string {
		switch ctx {
		case "struct", "interface":
			return "syntax error: unexpected " + found + " in " + ctx + " type; possibly missing semicolon or newline or }"
		case "":
			return ""
		}
		return "syntax error: unexpected " + found + " at end of statement"
	}},
	{regexp.MustCompile(`^expected statement, found (.+)$`), func(found, _, ctx, _ string) string {
		if ctx != "block" {
			return ""
		}
		return "syntax error: unexpected " + found + ", expected }"
	}},
	{regexp.MustCompile(`^expected '}', found (.+)$`), func(found, _, ctx, _ string) string {
		if ctx != "struct" {
			return ""
		}
		return "syntax error: unexpected " + found + ", expected field name or embedded type"
	}},
	{regexp.MustCompile(`^expected type, found (.+)$`), func(found, _, _, _ string) string {
		return "syntax error: unexpected " + found + ", expected type"
	}},
	{regexp.MustCompile(`^expected ':', found (.+)$`), func(found, _, _, _ string) string {
		return "syntax error: unexpected " + found + ", expected :"
	}},
	{regexp.MustCompile(`^expected 'chan', found (.+)$`), func(found, _, _, _ string) string {
		return "syntax error: unexpected " + found + ", expected keyword chan"
	}},
	{regexp.MustCompile(`^expected '\)', found (.+)$`), func(found, _, _, _ string) string {
		return "syntax error: unexpected " + found + ", expected )"
	}},
	{regexp.MustCompile(`^expected 'IDENT', found (.+)$`), func(found, _, _, _ string) string {
		return "syntax error: unexpected " + found + ", expected name"
	}},
	{regexp.MustCompile(`^expected '\{', found (.+)$`), func(found, _, _, line string) string {
		m := clauseStart.FindStringSubmatch(line)
		if m == nil {
			return ""
		}
		return "syntax error: unexpected " + found + ", expected { after " + m[1] + " clause"
	}},
	{regexp.MustCompile(`^missing ',' before newline in argument list$`), func(_, _, _, _ string) string {
		return "syntax error: unexpected newline in argument list; possibly missing comma or )"
	}},
	{regexp.MustCompile(`^missing ',' in argument list$`), func(_, at, _, _ string) string {
		if at == "" {
			return ""
		}
		return "syntax error: unexpected " + at + " in argument list; possibly missing comma or )"
	}},
	{regexp.MustCompile(`^missing ',' in parameter list$`), func(_, at, _, _ string) string {
		if at == "" {
			return ""
		}
		return "syntax error: unexpected " + at + " in parameter list; possibly missing comma or )"
	}},
	{regexp.MustCompile(`^missing ',' in composite literal$`), func(_, at, _, _ string) string {
		if at == "" {
			return ""
		}
		return "syntax error: unexpected " + at + " in composite literal; possibly missing comma or }"
	}},
	{regexp.MustCompile(`^string literal not terminated$`), func(_, at, _, _ string) string {
		if strings.HasPrefix(at, "literal \"") {
			return "newline in string"
		}
		return ""
	}},
	{regexp.MustCompile(`^expected type argument list$`), func(_, at, _, _ string) string {
		if at == "" {
			return ""
		}
		return "syntax error: unexpected " + at + ", expected type argument list"
	}},
	{regexp.MustCompile(`^expected boolean expression, found assignment`), func(_, _, _, line string) string {
		m := ifAssign.FindStringSubmatch(line)
		if m == nil {
			return ""
		}
		return "syntax error: cannot use assignment " + m[1] + " = " + m[2] + " as value"
	}},
}

var (
	clauseStart = regexp.MustCompile(`^\s*(?:\w+:\s*)?(for|if|switch)\b`)
	ifAssign    = regexp.MustCompile(`^\s*if\s+([A-Za-z_][\w.]*) = ([^{;]*[^{;\s])\s*\{\s*$`)
)

// gcFoundToken returns the token that go/parser names after "found" (an
// operator or keyword quoted, a name or literal as is, newline) as gc
// names it: "name x", "literal 1", "keyword else", "semicolon", "comma".
func gcFoundToken(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		s = s[1 : len(s)-1]
		switch {
		case s == ";":
			return "semicolon"
		case s == ",":
			return "comma"
		case s == "EOF":
			return "EOF"
		case token.Lookup(s).IsKeyword():
			return "keyword " + s
		}
		return s
	}
	if s == "newline" {
		return s
	}
	if token.IsIdentifier(s) {
		return "name " + s
	}
	return "literal " + s
}

// gcTokenAt returns the first token of s as gc names it, or "".
func gcTokenAt(s string) string {
	var sc scanner.Scanner
	fs := token.NewFileSet()
	src := []byte(s)
	sc.Init(fs.AddFile("", fs.Base(), len(src)), src, func(token.Position, string) {}, 0)
	_, tok, lit := sc.Scan()
	switch {
	case tok == token.EOF:
		return ""
	case tok == token.SEMICOLON:
		if lit == "\n" {
			return "newline"
		}
		return "semicolon"
	case tok == token.COMMA:
		return "comma"
	case tok == token.IDENT:
		return "name " + lit
	case tok.IsLiteral():
		return "literal " + lit
	case tok.IsKeyword():
		return "keyword " + tok.String()
	}
	return tok.String()
}

// braceContext returns what the innermost brace open at line:col (1-based)
// of lines opens: "struct", "interface", "block" (a function body or
// statement block), or "" at the top level. Strings, runes and comments
// are skipped; a composite literal's brace counts as a block.
func braceContext(lines []string, line, col int) string {
	var stack []string
	prevWord := ""
	inBlockComment := false
	for i := 0; i < line && i < len(lines); i++ {
		l := lines[i]
		end := len(l)
		if i == line-1 && col-1 < end {
			end = col - 1
		}
		for j := 0; j < end; j++ {
			c := l[j]
			if inBlockComment {
				if c == '*' && j+1 < len(l) && l[j+1] == '/' {
					inBlockComment = false
					j++
				}
				continue
			}
			switch {
			case c == '/' && j+1 < len(l) && l[j+1] == '/':
				j = end
			case c == '/' && j+1 < len(l) && l[j+1] == '*':
				inBlockComment = true
				j++
			case c == '"' || c == '\'' || c == '`':
				for j++; j < end && l[j] != c; j++ {
					if l[j] == '\\' && c != '`' {
						j++
					}
				}
			case c == '{':
				switch prevWord {
				case "struct", "interface":
					stack = append(stack, prevWord)
				default:
					stack = append(stack, "block")
				}
				prevWord = ""
			case c == '}':
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
				prevWord = ""
			case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				k := j
				for k < end && (l[k] == '_' || l[k] >= 'a' && l[k] <= 'z' || l[k] >= 'A' && l[k] <= 'Z' || l[k] >= '0' && l[k] <= '9') {
					k++
				}
				prevWord = l[j:k]
				j = k - 1
			case c == ' ' || c == '\t':
			default:
				prevWord = ""
			}
		}
	}
	if len(stack) == 0 {
		return ""
	}
	return stack[len(stack)-1]
}
