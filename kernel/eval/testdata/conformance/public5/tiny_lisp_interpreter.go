package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type List []Value

type Builtin func(args []Value) (Value, error)

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) Find(s Symbol) (Value, bool) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(src string) []string {
	src = strings.ReplaceAll(src, "(", " ( ")
	src = strings.ReplaceAll(src, ")", " ) ")
	return strings.Fields(src)
}

var errEOF = errors.New("unexpected EOF")

func read(tokens *[]string) (Value, error) {
	if len(*tokens) == 0 {
		return nil, errEOF
	}
	tok := (*tokens)[0]
	*tokens = (*tokens)[1:]
	switch tok {
	case "(":
		var l List
		for len(*tokens) > 0 && (*tokens)[0] != ")" {
			v, err := read(tokens)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		if len(*tokens) == 0 {
			return nil, errEOF
		}
		*tokens = (*tokens)[1:]
		return l, nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.ParseFloat(tok, 64); err == nil {
		return n, nil
	}
	return Symbol(tok), nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case float64:
		return v, nil
	case Symbol:
		if val, ok := env.Find(v); ok {
			return val, nil
		}
		return nil, fmt.Errorf("undefined symbol %q", v)
	case List:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "quote":
				return v[1], nil
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if b, ok := c.(bool); ok && !b {
					return eval(v[3], env)
				}
				return eval(v[2], env)
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, v[2], env}, nil
			}
		}
		fn, err := eval(v[0], env)
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
		return apply(fn, args)
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func apply(fn Value, args []Value) (Value, error) {
	switch f := fn.(type) {
	case Builtin:
		return f(args)
	case *Lambda:
		inner := &Env{vars: map[Symbol]Value{}, outer: f.env}
		for i, p := range f.params {
			inner.vars[p] = args[i]
		}
		return eval(f.body, inner)
	}
	return nil, fmt.Errorf("not a function: %v", fn)
}

func numOp(op func(a, b float64) Value) Builtin {
	return func(args []Value) (Value, error) {
		a, ok1 := args[0].(float64)
		b, ok2 := args[1].(float64)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("bad operands %v", args)
		}
		return op(a, b), nil
	}
}

func show(v Value) string {
	switch x := v.(type) {
	case List:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda %v>", x.params)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+":    numOp(func(a, b float64) Value { return a + b }),
		"-":    numOp(func(a, b float64) Value { return a - b }),
		"*":    numOp(func(a, b float64) Value { return a * b }),
		"<":    numOp(func(a, b float64) Value { return a < b }),
		"=":    numOp(func(a, b float64) Value { return a == b }),
		"list": Builtin(func(args []Value) (Value, error) { return List(args), nil }),
	}}
	programs := []string{
		"(define r 10)",
		"(* 3.14 (* r r))",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define make-adder (lambda (x) (lambda (y) (+ x y))))",
		"((make-adder 5) 37)",
		"(list 1 (quote (a b)) (= 2 2))",
		"(undefined 1)",
		"(+ 1 (quote x))",
		"(1 2)",
		"(+ 1",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 15)",
	}
	for _, src := range programs {
		toks := tokenize(src)
		expr, err := read(&toks)
		if err == nil {
			expr, err = eval(expr, global)
		}
		if err != nil {
			fmt.Printf("%-40s error: %v\n", src, err)
			continue
		}
		fmt.Printf("%-40s %s\n", src, show(expr))
	}
}
