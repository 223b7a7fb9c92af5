package main

import (
	"errors"
	"fmt"
	"strings"
)

type Program struct {
	code  []byte
	jumps map[int]int
}

var ErrUnbalanced = errors.New("unbalanced brackets")

func Compile(src string) (*Program, error) {
	p := &Program{jumps: map[int]int{}}
	for i := 0; i < len(src); i++ {
		if strings.IndexByte("+-<>[].,", src[i]) >= 0 {
			p.code = append(p.code, src[i])
		}
	}
	var stack []int
	for i, c := range p.code {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("at %d: %w", i, ErrUnbalanced)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			p.jumps[i], p.jumps[j] = j, i
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%d open: %w", len(stack), ErrUnbalanced)
	}
	return p, nil
}

func (p *Program) Run(input string, maxSteps int) (out string, steps int, err error) {
	tape := make([]byte, 300)
	ptr, in := 0, 0
	var sb strings.Builder
	for pc := 0; pc < len(p.code); pc++ {
		if steps++; steps > maxSteps {
			return sb.String(), steps, errors.New("too many steps")
		}
		switch p.code[pc] {
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '>':
			ptr = (ptr + 1) % len(tape)
		case '<':
			ptr = (ptr - 1 + len(tape)) % len(tape)
		case '.':
			sb.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = p.jumps[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = p.jumps[pc]
			}
		}
	}
	return sb.String(), steps, nil
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+."
	p, err := Compile(hello)
	if err != nil {
		fmt.Println(err)
		return
	}
	out, steps, err := p.Run("", 100000)
	fmt.Printf("%q %d %v\n", out, steps, err)
	rev, _ := Compile(">,[>,]<[.<]")
	out, _, _ = rev.Run("stressed", 10000)
	fmt.Println(out)
	wrap, _ := Compile("-.")
	out, _, _ = wrap.Run("", 10)
	fmt.Println([]byte(out))
	_, err = Compile("[[]")
	fmt.Println(err, errors.Is(err, ErrUnbalanced))
	_, err = Compile("]")
	fmt.Println(err)
	loop, _ := Compile("+[]")
	_, steps, err = loop.Run("", 500)
	fmt.Println(steps, err)
}
