package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrDivZero   = errors.New("divide by zero")
	ErrUnknown   = errors.New("undefined operation")
	ErrRedefNum  = errors.New("illegal operation")
)

type Forth struct {
	stack []int
	words map[string][]string
}

func (f *Forth) pop() (int, error) {
	if len(f.stack) == 0 {
		return 0, ErrUnderflow
	}
	v := f.stack[len(f.stack)-1]
	f.stack = f.stack[:len(f.stack)-1]
	return v, nil
}

func (f *Forth) pop2() (int, int, error) {
	b, err := f.pop()
	if err != nil {
		return 0, 0, err
	}
	a, err := f.pop()
	if err != nil {
		return 0, 0, err
	}
	return a, b, nil
}

func (f *Forth) exec(tok string) error {
	if def, ok := f.words[tok]; ok {
		for _, t := range def {
			if err := f.exec(t); err != nil {
				return err
			}
		}
		return nil
	}
	if n, err := strconv.Atoi(tok); err == nil {
		f.stack = append(f.stack, n)
		return nil
	}
	switch tok {
	case "+", "-", "*", "/":
		a, b, err := f.pop2()
		if err != nil {
			return err
		}
		switch tok {
		case "+":
			f.stack = append(f.stack, a+b)
		case "-":
			f.stack = append(f.stack, a-b)
		case "*":
			f.stack = append(f.stack, a*b)
		case "/":
			if b == 0 {
				return ErrDivZero
			}
			f.stack = append(f.stack, a/b)
		}
	case "dup":
		a, err := f.pop()
		if err != nil {
			return err
		}
		f.stack = append(f.stack, a, a)
	case "drop":
		_, err := f.pop()
		return err
	case "swap":
		a, b, err := f.pop2()
		if err != nil {
			return err
		}
		f.stack = append(f.stack, b, a)
	case "over":
		a, b, err := f.pop2()
		if err != nil {
			return err
		}
		f.stack = append(f.stack, a, b, a)
	default:
		return fmt.Errorf("%w: %s", ErrUnknown, tok)
	}
	return nil
}

func Eval(lines []string) ([]int, error) {
	f := &Forth{words: map[string][]string{}}
	for _, line := range lines {
		toks := strings.Fields(strings.ToLower(line))
		for i := 0; i < len(toks); i++ {
			if toks[i] == ":" {
				end := i + 1
				for end < len(toks) && toks[end] != ";" {
					end++
				}
				if end >= len(toks) || end-i < 2 {
					return nil, errors.New("bad definition")
				}
				name := toks[i+1]
				if _, err := strconv.Atoi(name); err == nil {
					return nil, ErrRedefNum
				}
				var body []string
				for _, t := range toks[i+2 : end] {
					if d, ok := f.words[t]; ok {
						body = append(body, d...)
					} else {
						body = append(body, t)
					}
				}
				f.words[name] = body
				i = end
				continue
			}
			if err := f.exec(toks[i]); err != nil {
				return nil, err
			}
		}
	}
	return f.stack, nil
}

func main() {
	cases := [][]string{
		{"1 2 3 4 5"},
		{"1 2 +", "3 *"},
		{"12 3 / 8 3 /"},
		{"1 2 3 dup swap over drop"},
		{": dup-twice dup dup ;", "1 dup-twice"},
		{": foo 5 ;", ": bar foo ;", ": foo 6 ;", "bar foo"},
		{": swap dup ;", "1 swap"},
		{"1 +"},
		{"4 0 /"},
		{"foo"},
		{": 1 2 ;"},
		{"1 2 SWAP DUP"},
		{": countdown 3 2 1 ;", "countdown countdown +"},
	}
	for _, c := range cases {
		st, err := Eval(c)
		fmt.Printf("%-40q %v %v", strings.Join(c, " | "), st, err)
		if err != nil {
			fmt.Print(" unknown=", errors.Is(err, ErrUnknown))
		}
		fmt.Println()
	}
}
