package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Forth struct {
	stack []int
	words map[string][]string
	out   strings.Builder
}

var ErrUnderflow = errors.New("stack underflow")

func (f *Forth) pop() int {
	if len(f.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := f.stack[len(f.stack)-1]
	f.stack = f.stack[:len(f.stack)-1]
	return v
}

func (f *Forth) push(v ...int) { f.stack = append(f.stack, v...) }

func (f *Forth) Eval(line string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("eval %q: %w", line, e)
				return
			}
			panic(r)
		}
	}()
	toks := strings.Fields(strings.ToLower(line))
	return f.run(toks, 0)
}

func (f *Forth) run(toks []string, depth int) error {
	if depth > 50 {
		return errors.New("recursion too deep")
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == ":" {
			end := i + 1
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			if end == len(toks) || end < i+2 {
				return errors.New("bad definition")
			}
			name := toks[i+1]
			if _, err := strconv.Atoi(name); err == nil {
				return errors.New("cannot redefine numbers")
			}
			var body []string
			for _, b := range toks[i+2 : end] {
				if def, ok := f.words[b]; ok {
					body = append(body, def...)
				} else {
					body = append(body, b)
				}
			}
			f.words[name] = body
			i = end
			continue
		}
		if def, ok := f.words[t]; ok {
			if err := f.run(def, depth+1); err != nil {
				return err
			}
			continue
		}
		if n, err := strconv.Atoi(t); err == nil {
			f.push(n)
			continue
		}
		switch t {
		case "+":
			b, a := f.pop(), f.pop()
			f.push(a + b)
		case "-":
			b, a := f.pop(), f.pop()
			f.push(a - b)
		case "*":
			b, a := f.pop(), f.pop()
			f.push(a * b)
		case "/":
			b, a := f.pop(), f.pop()
			if b == 0 {
				return errors.New("divide by zero")
			}
			f.push(a / b)
		case "dup":
			a := f.pop()
			f.push(a, a)
		case "drop":
			f.pop()
		case "swap":
			b, a := f.pop(), f.pop()
			f.push(b, a)
		case "over":
			b, a := f.pop(), f.pop()
			f.push(a, b, a)
		case ".":
			fmt.Fprint(&f.out, f.pop(), " ")
		default:
			return fmt.Errorf("undefined word %q", t)
		}
	}
	return nil
}

func main() {
	f := &Forth{words: map[string][]string{}}
	lines := []string{
		"1 2 3 + + .",
		": square dup * ;",
		": cube dup square * ;",
		"3 cube . 4 square .",
		": swap dup ;",
		"1 swap . .",
		"1 2 over over",
		": foo 5 ;",
		": bar foo ;",
		": foo 6 ;",
		"bar foo",
		"drop drop drop drop drop drop drop",
		"1 0 /",
		"nope",
		": 1 2 ;",
	}
	for _, l := range lines {
		if err := f.Eval(l); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnderflow))
		}
	}
	fmt.Println(f.out.String())
	fmt.Println(f.stack)
}
