package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrUnterminated = errors.New("unterminated quote")

// SplitWords splits a command line like a POSIX shell: single quotes keep
// everything, double quotes allow \" and \\, a backslash escapes outside.
func SplitWords(line string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	var quote rune
	escaped := false
	for i, r := range line {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case quote == '"':
			switch r {
			case '"':
				quote = 0
			case '\\':
				if i+1 < len(line) && strings.ContainsRune(`"\$`, rune(line[i+1])) {
					escaped = true
				} else {
					cur.WriteRune(r)
				}
			default:
				cur.WriteRune(r)
			}
		case r == '\\':
			escaped, inWord = true, true
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return words, fmt.Errorf("%w %c in %q", ErrUnterminated, quote, line)
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

func main() {
	for _, line := range []string{
		`ls -la /tmp`,
		`echo "hello world" 'single $HOME' plain\ space`,
		`grep -e "a \"quoted\" word" file.txt`,
		`printf '%s\n' "" ''`,
		`  spaced   out  `,
		`echo "unterminated`,
		`path=C:\\dir "tab\there"`,
	} {
		words, err := SplitWords(line)
		fmt.Printf("%-48q -> %q", line, words)
		if err != nil {
			fmt.Printf(" error: %v (%t)", err, errors.Is(err, ErrUnterminated))
		}
		fmt.Println()
	}
}
