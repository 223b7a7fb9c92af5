package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	DEC
	OVER
)

var opNames = [...]string{"PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT", "DEC", "OVER"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case PUSH, JZ, JMP:
		return fmt.Sprintf("%v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

var ErrStackUnderflow = errors.New("stack underflow")

type VMError struct {
	PC  int
	In  Instr
	Err error
}

func (e VMError) Error() string { return fmt.Sprintf("pc=%d (%v): %v", e.PC, e.In, e.Err) }
func (e VMError) Unwrap() error { return e.Err }

type VM struct {
	stack []int
	out   strings.Builder
	steps int
}

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, ErrStackUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr, maxSteps int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm panic: %v", r)
		}
	}()
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		vm.steps++
		if vm.steps > maxSteps {
			return fmt.Errorf("step limit %d exceeded at pc=%d", maxSteps, pc)
		}
		fail := func(e error) error { return VMError{pc, in, e} }
		pc++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL:
			b, err := vm.pop()
			if err != nil {
				return fail(err)
			}
			a, err := vm.pop()
			if err != nil {
				return fail(err)
			}
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			}
		case DUP:
			v, err := vm.pop()
			if err != nil {
				return fail(err)
			}
			vm.push(v)
			vm.push(v)
		case OVER:
			vm.push(vm.stack[len(vm.stack)-2])
		case SWAP:
			n := len(vm.stack)
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case DEC:
			vm.stack[len(vm.stack)-1]--
		case JZ:
			v, err := vm.pop()
			if err != nil {
				return fail(err)
			}
			if v == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case PRINT:
			v, err := vm.pop()
			if err != nil {
				return fail(err)
			}
			fmt.Fprintf(&vm.out, "%d ", v)
		case HALT:
			return nil
		default:
			return fail(fmt.Errorf("bad opcode %v", in.Op))
		}
	}
	return nil
}

func assemble(src string) ([]Instr, error) {
	var prog []Instr
	for n, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		var op Op = 255
		for i, name := range opNames {
			if strings.EqualFold(name, f[0]) {
				op = Op(i)
			}
		}
		if op == 255 {
			return nil, fmt.Errorf("line %d: unknown %q", n+1, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			a, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			in.Arg = a
		}
		prog = append(prog, in)
	}
	return prog, nil
}

func main() {
	// factorial of 6, printing the running products
	fact := `push 1
push 6
dup
jz 11
dup
swap
over
mul
swap
dec
jmp 2
print
halt`
	_ = fact
	progs := map[string]string{
		"count": "push 5\ndup\nprint\ndec\ndup\njz 7\njmp 1\nhalt",
		"arith": "push 2\npush 3\nadd\npush 4\nmul\nprint",
		"under": "push 1\nadd",
		"loop":  "push 1\njmp 0",
		"bad":   "push 1\nfrob",
		"swap":  "swap",
	}
	for _, name := range []string{"count", "arith", "under", "loop", "bad", "swap"} {
		prog, err := assemble(progs[name])
		if err != nil {
			fmt.Printf("%-6s asm: %v\n", name, err)
			continue
		}
		vm := &VM{}
		err = vm.Run(prog, 50)
		fmt.Printf("%-6s out=%q stack=%v steps=%d err=%v underflow=%t\n", name, vm.out.String(), vm.stack, vm.steps, err, errors.Is(err, ErrStackUnderflow))
		var ve VMError
		if errors.As(err, &ve) {
			fmt.Printf("       at %d: %v\n", ve.PC, ve.In)
		}
	}
	fmt.Println(Instr{PUSH, 3}, Instr{Op: ADD}, Op(42))
}
