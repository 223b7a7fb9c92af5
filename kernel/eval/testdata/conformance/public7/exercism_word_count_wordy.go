package main

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

type Frequency map[string]int

var wordRe = regexp.MustCompile(`[a-z0-9]+('[a-z0-9]+)?`)

func WordCount(phrase string) Frequency {
	f := Frequency{}
	for _, w := range wordRe.FindAllString(strings.ToLower(phrase), -1) {
		f[w]++
	}
	return f
}

var (
	errUnknownOp = errors.New("unknown operation")
	errSyntax    = errors.New("syntax error")
)

func Answer(q string) (int, error) {
	q = strings.TrimSuffix(strings.TrimPrefix(q, "What is"), "?")
	q = strings.NewReplacer("multiplied by", "*", "divided by", "/", "plus", "+", "minus", "-").Replace(q)
	toks := strings.Fields(q)
	if len(toks) == 0 {
		return 0, errSyntax
	}
	acc, err := strconv.Atoi(toks[0])
	if err != nil {
		return 0, errSyntax
	}
	for i := 1; i < len(toks); i += 2 {
		if i+1 >= len(toks) {
			return 0, errSyntax
		}
		n, err := strconv.Atoi(toks[i+1])
		if err != nil {
			return 0, errSyntax
		}
		switch toks[i] {
		case "+":
			acc += n
		case "-":
			acc -= n
		case "*":
			acc *= n
		case "/":
			acc /= n
		default:
			if _, err := strconv.Atoi(toks[i]); err == nil {
				return 0, errSyntax
			}
			return 0, fmt.Errorf("%q: %w", toks[i], errUnknownOp)
		}
	}
	return acc, nil
}

func main() {
	f := WordCount("Joe can't tell between 'large' and large. Don't, DON'T stop! one,two,three 1 2 1")
	keys := make([]string, 0, len(f))
	for k := range f {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, f[k])
	}
	fmt.Println()
	for _, q := range []string{"What is 5?", "What is 1 plus 1?", "What is -3 plus 7 multiplied by -2?", "What is 25 divided by 5 minus 1?", "What is 52 cubed?", "What is 1 plus?", "What is 1 2?", "Who is the President?"} {
		n, err := Answer(q)
		fmt.Printf("%-40s %d %v %v\n", q, n, err, errors.Is(err, errUnknownOp))
	}
}
