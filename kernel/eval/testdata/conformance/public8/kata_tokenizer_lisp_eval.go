package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Expr interface{}
type Symbol string
type List []Expr
type Proc func(args []Expr) (Expr, error)

type Lambda struct {
	params []Symbol
	body   Expr
	env    *Env
}

type Env struct {
	vars  map[Symbol]Expr
	outer *Env
}

func (e *Env) find(s Symbol) (Expr, bool) {
	for cur := e; cur != nil; cur = cur.outer {
		if v, ok := cur.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "(", " ( "), ")", " ) ")
	return strings.Fields(s)
}

func read(toks *[]string) (Expr, error) {
	if len(*toks) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var l List
		for len(*toks) > 0 && (*toks)[0] != ")" {
			e, err := read(toks)
			if err != nil {
				return nil, err
			}
			l = append(l, e)
		}
		if len(*toks) == 0 {
			return nil, errors.New("missing )")
		}
		*toks = (*toks)[1:]
		return l, nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.ParseFloat(t, 64); err == nil {
		return n, nil
	}
	return Symbol(t), nil
}

func eval(x Expr, env *Env) (Expr, error) {
	switch v := x.(type) {
	case float64:
		return v, nil
	case Symbol:
		if r, ok := env.find(v); ok {
			return r, nil
		}
		return nil, fmt.Errorf("unbound %s", v)
	case List:
		if len(v) == 0 {
			return v, nil
		}
		switch v[0] {
		case Symbol("if"):
			c, err := eval(v[1], env)
			if err != nil {
				return nil, err
			}
			if b, ok := c.(bool); ok && !b {
				return eval(v[3], env)
			}
			return eval(v[2], env)
		case Symbol("define"):
			val, err := eval(v[2], env)
			env.vars[v[1].(Symbol)] = val
			return nil, err
		case Symbol("lambda"):
			var ps []Symbol
			for _, p := range v[1].(List) {
				ps = append(ps, p.(Symbol))
			}
			return &Lambda{ps, v[2], env}, nil
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		var args []Expr
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Proc:
			return fn(args)
		case *Lambda:
			inner := &Env{map[Symbol]Expr{}, fn.env}
			for i, p := range fn.params {
				inner.vars[p] = args[i]
			}
			return eval(fn.body, inner)
		}
		return nil, fmt.Errorf("not a function: %v", f)
	}
	return nil, fmt.Errorf("bad expr %v", x)
}

func num2(f func(a, b float64) Expr) Proc {
	return func(args []Expr) (Expr, error) {
		if len(args) != 2 {
			return nil, fmt.Errorf("want 2 args, got %d", len(args))
		}
		return f(args[0].(float64), args[1].(float64)), nil
	}
}

func main() {
	global := &Env{vars: map[Symbol]Expr{
		"+": num2(func(a, b float64) Expr { return a + b }),
		"-": num2(func(a, b float64) Expr { return a - b }),
		"*": num2(func(a, b float64) Expr { return a * b }),
		"<": num2(func(a, b float64) Expr { return a < b }),
	}}
	prog := []string{
		"(define sq (lambda (x) (* x x)))",
		"(sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 15)",
		"(define make-adder (lambda (a) (lambda (b) (+ a b))))",
		"((make-adder 3) 4)",
		"(undefined 1)",
		"(+ 1)",
		"(1 2)",
		"(+ 1 2",
	}
	for _, src := range prog {
		toks := tokenize(src)
		e, err := read(&toks)
		if err == nil {
			e, err = eval(e, global)
		}
		switch {
		case err != nil:
			fmt.Printf("%-62s error: %v\n", src, err)
		case e != nil:
			fmt.Printf("%-62s => %v\n", src, e)
		}
	}
}
