package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	LT
	JMP
	JZ
	LOAD
	STORE
	PRINT
	HALT
	DUP
	CALL
	RET
)

func (o Op) String() string {
	return [...]string{"PUSH", "ADD", "SUB", "MUL", "LT", "JMP", "JZ", "LOAD", "STORE", "PRINT", "HALT", "DUP", "CALL", "RET"}[o]
}

type Instr struct {
	Op  Op
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case PUSH, JMP, JZ, LOAD, STORE, CALL:
		return fmt.Sprintf("%v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

type VM struct {
	code  []Instr
	stack []int
	vars  [8]int
	calls []int
	out   strings.Builder
	steps int
}

var ErrStack = errors.New("stack underflow")

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStack)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("vm at step %d: %w", vm.steps, e)
		}
	}()
	for pc := 0; pc < len(vm.code); {
		if vm.steps++; vm.steps > limit {
			return fmt.Errorf("step limit %d exceeded", limit)
		}
		in := vm.code[pc]
		pc++
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD, SUB, MUL, LT:
			b, a := vm.pop(), vm.pop()
			var r int
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case LT:
				if a < b {
					r = 1
				}
			}
			vm.stack = append(vm.stack, r)
		case JMP:
			pc = in.Arg
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case LOAD:
			vm.stack = append(vm.stack, vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case DUP:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.pop())
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = in.Arg
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case HALT:
			return nil
		}
	}
	return nil
}

func main() {
	// factorials 1..10: v0 = i, v1 = acc
	prog := []Instr{
		{PUSH, 1}, {STORE, 0}, {PUSH, 1}, {STORE, 1},
		{LOAD, 0}, {PUSH, 11}, {LT, 0}, {JZ, 19},
		{LOAD, 1}, {LOAD, 0}, {MUL, 0}, {DUP, 0}, {STORE, 1}, {PRINT, 0},
		{LOAD, 0}, {PUSH, 1}, {ADD, 0}, {STORE, 0}, {JMP, 4},
		{HALT, 0},
	}
	vm := &VM{code: prog}
	err := vm.Run(1000)
	fmt.Println(vm.out.String(), err, vm.steps)
	for _, in := range prog[:8] {
		fmt.Print(in, "; ")
	}
	fmt.Println()
	vm2 := &VM{code: []Instr{{PUSH, 1}, {ADD, 0}}}
	err = vm2.Run(10)
	fmt.Println(err, errors.Is(err, ErrStack))
	vm3 := &VM{code: []Instr{{JMP, 0}}}
	fmt.Println(vm3.Run(50))
	// subroutine: double v0 via CALL
	vm4 := &VM{code: []Instr{{PUSH, 21}, {STORE, 0}, {CALL, 5}, {LOAD, 0}, {HALT, 0}, {LOAD, 0}, {PUSH, 2}, {MUL, 0}, {STORE, 0}, {RET, 0}}}
	fmt.Println(vm4.Run(100), vm4.stack, vm4.vars[:2])
}
