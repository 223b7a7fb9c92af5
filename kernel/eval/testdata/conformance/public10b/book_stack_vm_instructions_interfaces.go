package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type VM struct {
	stack []float64
	vars  map[string]float64
	out   []string
}

type Instr interface {
	Exec(vm *VM) error
}

type Push float64
type Load string
type Store string
type BinOp byte
type Print struct{}
type Dup struct{}

var ErrUnderflow = errors.New("stack underflow")

func (vm *VM) pop() (float64, error) {
	if len(vm.stack) == 0 {
		return 0, ErrUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (p Push) Exec(vm *VM) error { vm.stack = append(vm.stack, float64(p)); return nil }
func (l Load) Exec(vm *VM) error {
	v, ok := vm.vars[string(l)]
	if !ok {
		return fmt.Errorf("undefined variable %q", string(l))
	}
	vm.stack = append(vm.stack, v)
	return nil
}
func (s Store) Exec(vm *VM) error {
	v, err := vm.pop()
	if err != nil {
		return fmt.Errorf("store %s: %w", string(s), err)
	}
	vm.vars[string(s)] = v
	return nil
}
func (Dup) Exec(vm *VM) error {
	v, err := vm.pop()
	if err != nil {
		return err
	}
	vm.stack = append(vm.stack, v, v)
	return nil
}
func (Print) Exec(vm *VM) error {
	v, err := vm.pop()
	if err != nil {
		return err
	}
	vm.out = append(vm.out, strconv.FormatFloat(v, 'g', 6, 64))
	return nil
}
func (b BinOp) Exec(vm *VM) error {
	y, err := vm.pop()
	if err != nil {
		return fmt.Errorf("%c: %w", b, err)
	}
	x, err := vm.pop()
	if err != nil {
		return fmt.Errorf("%c: %w", b, err)
	}
	var r float64
	switch b {
	case '+':
		r = x + y
	case '-':
		r = x - y
	case '*':
		r = x * y
	case '/':
		if y == 0 {
			return fmt.Errorf("division by zero")
		}
		r = x / y
	default:
		return fmt.Errorf("bad operator %q", b)
	}
	vm.stack = append(vm.stack, r)
	return nil
}

func compile(src string) ([]Instr, error) {
	var prog []Instr
	for _, tok := range strings.Fields(src) {
		switch {
		case tok == "print":
			prog = append(prog, Print{})
		case tok == "dup":
			prog = append(prog, Dup{})
		case len(tok) == 1 && strings.Contains("+-*/%", tok):
			prog = append(prog, BinOp(tok[0]))
		case strings.HasPrefix(tok, "="):
			prog = append(prog, Store(tok[1:]))
		default:
			if f, err := strconv.ParseFloat(tok, 64); err == nil {
				prog = append(prog, Push(f))
			} else if tok[0] >= 'a' && tok[0] <= 'z' {
				prog = append(prog, Load(tok))
			} else {
				return nil, fmt.Errorf("bad token %q", tok)
			}
		}
	}
	return prog, nil
}

func run(src string) {
	prog, err := compile(src)
	if err != nil {
		fmt.Println("compile:", err)
		return
	}
	vm := &VM{vars: map[string]float64{}}
	for pc, in := range prog {
		if err := in.Exec(vm); err != nil {
			fmt.Printf("run: pc=%d %T: %v (underflow=%v)\n", pc, in, err, errors.Is(err, ErrUnderflow))
			return
		}
	}
	fmt.Println(strings.Join(vm.out, " "), "stack:", vm.stack)
}

func main() {
	run("3 4 + print")
	run("2 =x x x * dup print 1 + =y y print")
	run("1 2 3 * + 4 / print 10")
	run("5 0 / print")
	run("+")
	run("1 =a b print")
	run("1 2 % print")
	run("1 2 ^")
}
