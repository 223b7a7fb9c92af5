package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrUnclosed = errors.New("unclosed quote")

type SyntaxError struct {
	Pos int
	Err error
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("at %d: %v", e.Pos, e.Err) }
func (e *SyntaxError) Unwrap() error { return e.Err }

func Split(line string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inArg := false
	var quote rune
	quoteAt := 0
	escaped := false
	for i, r := range line {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case r == '\\' && quote != '\'':
			escaped = true
			inArg = true
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, quoteAt, inArg = r, i, true
		case r == ' ' || r == '\t':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteRune(r)
			inArg = true
		}
	}
	if quote != 0 {
		return nil, &SyntaxError{quoteAt, ErrUnclosed}
	}
	if inArg {
		args = append(args, cur.String())
	}
	return args, nil
}

func Join(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if a != "" && !strings.ContainsAny(a, " \t'\"\\$") {
			out[i] = a
			continue
		}
		out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(out, " ")
}

func main() {
	for _, l := range []string{
		`ls -la /tmp`,
		`echo "hello world" 'single $HOME' plain\ space`,
		`grep -e "a \"quoted\" b" file.txt`,
		`empty "" '' args`,
		`  leading   and trailing  `,
		`mixed"quo"ted'parts'`,
		`unclosed "oops`,
	} {
		args, err := Split(l)
		if err != nil {
			fmt.Printf("%-45q error: %v (unclosed: %v)\n", l, err, errors.Is(err, ErrUnclosed))
			continue
		}
		fmt.Printf("%-45q %d %q\n", l, len(args), args)
		back, _ := Split(Join(args))
		fmt.Println("   roundtrip:", Join(args), fmt.Sprint(back) == fmt.Sprint(args))
	}
}
