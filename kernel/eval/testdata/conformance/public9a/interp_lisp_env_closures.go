package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value any

type Symbol string

type Proc struct {
	params []Symbol
	body   Value
	env    *Env
}

type Builtin func(args []Value) (Value, error)

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) Find(s Symbol) (Value, error) {
	for x := e; x != nil; x = x.outer {
		if v, ok := x.vars[s]; ok {
			return v, nil
		}
	}
	return nil, fmt.Errorf("unbound symbol %q", s)
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

func read(toks *[]string) (Value, error) {
	if len(*toks) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var l []Value
		for len(*toks) > 0 && (*toks)[0] != ")" {
			v, err := read(toks)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		if len(*toks) == 0 {
			return nil, errors.New("missing )")
		}
		*toks = (*toks)[1:]
		return l, nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n, nil
	}
	return Symbol(t), nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case Symbol:
		return env.Find(v)
	case int:
		return v, nil
	case []Value:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if c != false && c != 0 {
					return eval(v[2], env)
				}
				return eval(v[3], env)
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].([]Value) {
					ps = append(ps, p.(Symbol))
				}
				return &Proc{ps, v[2], env}, nil
			case "quote":
				return v[1], nil
			}
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		args := make([]Value, 0, len(v)-1)
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Proc:
			ne := &Env{map[Symbol]Value{}, fn.env}
			for i, p := range fn.params {
				ne.vars[p] = args[i]
			}
			return eval(fn.body, ne)
		default:
			return nil, fmt.Errorf("not a procedure: %v (%T)", f, f)
		}
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func arith(op func(a, b int) int) Builtin {
	return func(args []Value) (Value, error) {
		acc, ok := args[0].(int)
		if !ok {
			return nil, fmt.Errorf("not a number: %v", args[0])
		}
		for _, a := range args[1:] {
			n, ok := a.(int)
			if !ok {
				return nil, fmt.Errorf("not a number: %v", a)
			}
			acc = op(acc, n)
		}
		return acc, nil
	}
}

func show(v Value) string {
	switch x := v.(type) {
	case []Value:
		s := make([]string, len(x))
		for i, e := range x {
			s[i] = show(e)
		}
		return "(" + strings.Join(s, " ") + ")"
	case *Proc:
		return fmt.Sprintf("<lambda/%d>", len(x.params))
	case bool:
		if x {
			return "#t"
		}
		return "#f"
	}
	return fmt.Sprint(v)
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+":    arith(func(a, b int) int { return a + b }),
		"-":    arith(func(a, b int) int { return a - b }),
		"*":    arith(func(a, b int) int { return a * b }),
		"<":    Builtin(func(a []Value) (Value, error) { return a[0].(int) < a[1].(int), nil }),
		"=":    Builtin(func(a []Value) (Value, error) { return a[0] == a[1], nil }),
		"list": Builtin(func(a []Value) (Value, error) { return a, nil }),
		"car":  Builtin(func(a []Value) (Value, error) { return a[0].([]Value)[0], nil }),
		"cdr":  Builtin(func(a []Value) (Value, error) { return a[0].([]Value)[1:], nil }),
	}}
	progs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define make-adder (lambda (n) (lambda (x) (+ x n))))",
		"(define add5 (make-adder 5))",
		"(list (add5 1) (add5 10) ((make-adder 100) 1))",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 15)",
		"(car (cdr (quote (a b c))))",
		"(= 3 3)",
		"(undefined 1)",
		"(1 2)",
		"(+ 1 (quote x))",
		"(+ 1",
		"make-adder",
	}
	for _, src := range progs {
		toks := tokenize(src)
		x, err := read(&toks)
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		v, err := eval(x, global)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(show(v))
	}
}
