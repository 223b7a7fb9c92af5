package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type OpCode byte

const (
	PUSH OpCode = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	CALL
	RET
)

var opNames = map[string]OpCode{"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "div": DIV, "dup": DUP, "swap": SWAP, "jz": JZ, "jmp": JMP, "print": PRINT, "halt": HALT, "call": CALL, "ret": RET}

func (o OpCode) String() string {
	for k, v := range opNames {
		if v == o {
			return strings.ToUpper(k)
		}
	}
	return "OP(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  OpCode
	Arg int
}

type VMError struct {
	PC  int
	Op  OpCode
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

var (
	ErrUnderflow = errors.New("stack underflow")
	ErrDivZero   = errors.New("division by zero")
	ErrSteps     = errors.New("step limit")
)

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(strings.SplitN(raw, ";", 2)[0])
		if line == "" {
			continue
		}
		if strings.HasSuffix(line, ":") {
			labels[strings.TrimSuffix(line, ":")] = len(lines)
			continue
		}
		lines = append(lines, strings.Fields(line))
	}
	prog := make([]Instr, 0, len(lines))
	for i, f := range lines {
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", i, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if n, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = n
			} else if l, ok := labels[f[1]]; ok {
				in.Arg = l
			} else {
				return nil, fmt.Errorf("line %d: bad arg %q", i, f[1])
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

func run(prog []Instr, out *strings.Builder) (err error) {
	var stack, calls []int
	pop := func() int {
		if len(stack) == 0 {
			panic(ErrUnderflow)
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	pc, steps := 0, 0
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = &VMError{pc, prog[pc].Op, e}
		}
	}()
	for pc < len(prog) {
		if steps++; steps > 1000 {
			panic(ErrSteps)
		}
		in := prog[pc]
		next := pc + 1
		switch in.Op {
		case PUSH:
			stack = append(stack, in.Arg)
		case ADD, SUB, MUL, DIV:
			b, a := pop(), pop()
			switch in.Op {
			case ADD:
				stack = append(stack, a+b)
			case SUB:
				stack = append(stack, a-b)
			case MUL:
				stack = append(stack, a*b)
			case DIV:
				if b == 0 {
					panic(ErrDivZero)
				}
				stack = append(stack, a/b)
			}
		case DUP:
			v := pop()
			stack = append(stack, v, v)
		case SWAP:
			b, a := pop(), pop()
			stack = append(stack, b, a)
		case JZ:
			if pop() == 0 {
				next = in.Arg
			}
		case JMP:
			next = in.Arg
		case PRINT:
			fmt.Fprintf(out, "%d ", pop())
		case CALL:
			calls = append(calls, next)
			next = in.Arg
		case RET:
			next = calls[len(calls)-1]
			calls = calls[:len(calls)-1]
		case HALT:
			return nil
		}
		pc = next
	}
	return nil
}

const countdown = `
	push 5
loop:
	dup
	print
	push 1
	sub
	dup
	jz end
	jmp loop
end:
	call square
	halt
square:     ; squares 7
	push 7
	dup
	mul
	print
	ret
`

func main() {
	progs := []string{countdown, "push 1\npush 0\ndiv", "add", "loop:\njmp loop", "push 2\nfrob", "push 3\npush 4\nswap\nsub\nprint"}
	for i, src := range progs {
		prog, err := assemble(src)
		if err != nil {
			fmt.Printf("%d: assemble: %v\n", i, err)
			continue
		}
		var out strings.Builder
		err = run(prog, &out)
		var ve *VMError
		fmt.Printf("%d: out=%q err=%v underflow=%v div=%v vm=%v\n", i, out.String(), err,
			errors.Is(err, ErrUnderflow), errors.Is(err, ErrDivZero), errors.As(err, &ve))
	}
	fmt.Println(PUSH, RET, OpCode(99))
}
