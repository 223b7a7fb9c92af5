package main

import (
	"errors"
	"fmt"
	"strings"
)

type Opcode byte

const (
	PUSH Opcode = iota
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
	LOAD
	STORE
)

var names = map[Opcode]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DIV: "DIV", DUP: "DUP", SWAP: "SWAP",
	JZ: "JZ", JMP: "JMP", PRINT: "PRINT", HALT: "HALT", CALL: "CALL", RET: "RET", LOAD: "LOAD", STORE: "STORE"}

func (o Opcode) String() string {
	if n, ok := names[o]; ok {
		return n
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

type Instr struct {
	Op  Opcode
	Arg int
}

type VM struct {
	stack  []int
	calls  []int
	vars   [8]int
	out    strings.Builder
	steps  int
	tracer func(pc int, in Instr, st []int)
}

var ErrUnderflow = errors.New("stack underflow")

type VMError struct {
	PC  int
	Op  Opcode
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	pc := 0
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = &VMError{pc, prog[pc].Op, e}
		}
	}()
	for ; pc < len(prog); pc++ {
		in := prog[pc]
		vm.steps++
		if vm.tracer != nil {
			vm.tracer(pc, in, vm.stack)
		}
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			r := map[Opcode]func() int{ADD: func() int { return a + b }, SUB: func() int { return a - b },
				MUL: func() int { return a * b }, DIV: func() int { return a / b }}[in.Op]()
			vm.stack = append(vm.stack, r)
		case DUP:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, b, a)
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg - 1
			}
		case JMP:
			pc = in.Arg - 1
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.pop())
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = in.Arg - 1
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case LOAD:
			vm.stack = append(vm.stack, vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case HALT:
			return nil
		default:
			return &VMError{pc, in.Op, errors.New("bad opcode")}
		}
	}
	return nil
}

func main() {
	// countdown from 5, printing each, then factorial of 6 via a subroutine
	prog := []Instr{
		{PUSH, 5}, {STORE, 0},
		{LOAD, 0}, {JZ, 10}, {LOAD, 0}, {PRINT, 0}, {LOAD, 0}, {PUSH, 1}, {SUB, 0}, {STORE, 0}, // 2..9
		{JMP, 11}, // 10: placeholder fixed below
		{PUSH, 6}, {CALL, 15}, {PRINT, 0}, {HALT, 0},
		// 15: fact(n) iterative: acc=1; while n: acc*=n; n--
		{STORE, 1}, {PUSH, 1}, {STORE, 2},
		{LOAD, 1}, {JZ, 28}, {LOAD, 2}, {LOAD, 1}, {MUL, 0}, {STORE, 2}, {LOAD, 1}, {PUSH, 1}, {SUB, 0}, {STORE, 1},
		{LOAD, 2}, {RET, 0},
	}
	prog[10] = Instr{JMP, 2}
	prog[3] = Instr{JZ, 11}
	prog[19] = Instr{JZ, 28}
	prog = append(prog[:28], Instr{LOAD, 2}, Instr{RET, 0})
	vm := &VM{}
	err := vm.Run(prog)
	fmt.Println(vm.out.String(), err, vm.steps, vm.stack)
	bad := &VM{}
	err = bad.Run([]Instr{{PUSH, 1}, {ADD, 0}})
	var ve *VMError
	fmt.Println(err, errors.Is(err, ErrUnderflow), errors.As(err, &ve) && ve.PC == 1)
	div := &VM{}
	err = div.Run([]Instr{{PUSH, 1}, {PUSH, 0}, {DIV, 0}})
	fmt.Println(err)
	var trace []string
	tv := &VM{tracer: func(pc int, in Instr, st []int) { trace = append(trace, fmt.Sprintf("%d:%v%v", pc, in.Op, st)) }}
	tv.Run([]Instr{{PUSH, 2}, {DUP, 0}, {MUL, 0}, {PUSH, 3}, {SWAP, 0}, {SUB, 0}, {PRINT, 0}, {Opcode(99), 0}})
	fmt.Println(strings.Join(trace, " "), tv.out.String())
	fmt.Println(tv.Run([]Instr{{Opcode(42), 0}}))
}
