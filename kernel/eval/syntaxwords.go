package eval

import (
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
	{regexp.MustCompile(`^expected '\)', found '([^A-Za-z0-9_' ]+)'$`), "syntax error: unexpected $1, expected )"},
	{regexp.MustCompile(`^expected '\)', found ([0-9][0-9.eE_xXa-fA-F]*)$`), "syntax error: unexpected literal $1, expected )"},
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
