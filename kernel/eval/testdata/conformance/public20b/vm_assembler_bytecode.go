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
	JMP
	JZ
	DUP
	SWAP
	PRINT
	HALT
	CALL
	RET
	LOAD
	STORE
	LT
)

var names = map[string]Op{"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "jmp": JMP, "jz": JZ, "dup": DUP, "swap": SWAP, "print": PRINT, "halt": HALT, "call": CALL, "ret": RET, "load": LOAD, "store": STORE, "lt": LT}

func (o Op) String() string {
	for k, v := range names {
		if v == o {
			return strings.ToUpper(k)
		}
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

type Instr struct {
	Op  Op
	Arg int
}

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, raw := range strings.Split(src, "\n") {
		if i := strings.IndexByte(raw, ';'); i >= 0 {
			raw = raw[:i]
		}
		f := strings.Fields(raw)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	prog := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op, ok := names[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else if l, ok := labels[f[1]]; ok {
				in.Arg = l
			} else {
				return nil, fmt.Errorf("line %d: bad arg %q", n, f[1])
			}
		}
		prog = append(prog, in)
	}
	return prog, nil
}

var ErrStack = errors.New("stack underflow")

type VM struct {
	stack, calls []int
	mem          [16]int
	out          []string
	steps        int
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStack)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrStack) {
				err = fmt.Errorf("at step %d: %w", vm.steps, e)
				return
			}
			panic(r)
		}
	}()
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		pc++
		vm.steps++
		if vm.steps > 10000 {
			return errors.New("step limit")
		}
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD, SUB, MUL, LT:
			b, a := vm.pop(), vm.pop()
			r := 0
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
		case DUP:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, b, a)
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.pop()))
		case HALT:
			return nil
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = in.Arg
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case LOAD:
			vm.stack = append(vm.stack, vm.mem[in.Arg])
		case STORE:
			vm.mem[in.Arg] = vm.pop()
		}
	}
	return nil
}

const factorial = `
        push 1
        store 0      ; acc = 1
        push 10
        store 1      ; n = 10
loop:   load 1
        jz done
        load 0
        load 1
        mul
        store 0
        load 1
        push 1
        sub
        store 1
        jmp loop
done:   load 0
        print
        call square
        halt
square: push 12
        dup
        mul
        print
        ret
`

func main() {
	prog, err := assemble(factorial)
	fmt.Println(len(prog), err)
	for i, in := range prog[:4] {
		fmt.Printf("%02d %-6v %d\n", i, in.Op, in.Arg)
	}
	vm := &VM{}
	fmt.Println(vm.Run(prog), vm.out, vm.steps)
	bad, _ := assemble("push 1\nadd\n")
	vm2 := &VM{}
	fmt.Println(vm2.Run(bad))
	_, err = assemble("push x")
	fmt.Println(err)
	_, err = assemble("fly 1")
	fmt.Println(err)
	inf, _ := assemble("top: jmp top")
	fmt.Println((&VM{}).Run(inf))
	fib, _ := assemble(`
	push 0
	store 0
	push 1
	store 1
	push 0
	store 2
l:	load 2
	push 12
	lt
	jz end
	load 0
	print
	load 0
	load 1
	dup
	store 0
	add
	store 1
	load 2
	push 1
	add
	store 2
	jmp l
end: halt`)
	v3 := &VM{}
	v3.Run(fib)
	fmt.Println(strings.Join(v3.out, ","))
	fmt.Println(Op(99), MUL)
}
