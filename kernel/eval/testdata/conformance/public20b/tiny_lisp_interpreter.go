package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) find(s Symbol) (*Env, bool) {
	for cur := e; cur != nil; cur = cur.outer {
		if _, ok := cur.vars[s]; ok {
			return cur, true
		}
	}
	return nil, false
}

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Builtin func(args []Value) (Value, error)

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

func parse(tokens *[]string) (Value, error) {
	if len(*tokens) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	tok := (*tokens)[0]
	*tokens = (*tokens)[1:]
	switch tok {
	case "(":
		var list []Value
		for len(*tokens) > 0 && (*tokens)[0] != ")" {
			v, err := parse(tokens)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		if len(*tokens) == 0 {
			return nil, errors.New("missing )")
		}
		*tokens = (*tokens)[1:]
		return list, nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if i, err := strconv.Atoi(tok); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(tok, 64); err == nil {
		return f, nil
	}
	return Symbol(tok), nil
}

func toFloat(v Value) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func arith(op func(a, b int) int, fop func(a, b float64) float64) Builtin {
	return func(args []Value) (Value, error) {
		if len(args) == 0 {
			return nil, errors.New("arity")
		}
		acc := args[0]
		for _, a := range args[1:] {
			ai, aok := acc.(int)
			bi, bok := a.(int)
			if aok && bok {
				acc = op(ai, bi)
				continue
			}
			x, ok1 := toFloat(acc)
			y, ok2 := toFloat(a)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("not a number: %v", a)
			}
			acc = fop(x, y)
		}
		return acc, nil
	}
}

func compare(f func(a, b float64) bool) Builtin {
	return func(args []Value) (Value, error) {
		x, _ := toFloat(args[0])
		y, _ := toFloat(args[1])
		return f(x, y), nil
	}
}

func globalEnv() *Env {
	e := &Env{vars: map[Symbol]Value{}}
	e.vars["+"] = arith(func(a, b int) int { return a + b }, func(a, b float64) float64 { return a + b })
	e.vars["-"] = arith(func(a, b int) int { return a - b }, func(a, b float64) float64 { return a - b })
	e.vars["*"] = arith(func(a, b int) int { return a * b }, func(a, b float64) float64 { return a * b })
	e.vars["/"] = Builtin(func(args []Value) (Value, error) {
		x, _ := toFloat(args[0])
		y, _ := toFloat(args[1])
		if y == 0 {
			return nil, errors.New("division by zero")
		}
		return x / y, nil
	})
	e.vars["<"] = compare(func(a, b float64) bool { return a < b })
	e.vars[">"] = compare(func(a, b float64) bool { return a > b })
	e.vars["="] = compare(func(a, b float64) bool { return a == b })
	e.vars["list"] = Builtin(func(args []Value) (Value, error) { return append([]Value{}, args...), nil })
	e.vars["car"] = Builtin(func(args []Value) (Value, error) {
		l, ok := args[0].([]Value)
		if !ok || len(l) == 0 {
			return nil, errors.New("car of non-list")
		}
		return l[0], nil
	})
	e.vars["cdr"] = Builtin(func(args []Value) (Value, error) {
		l, _ := args[0].([]Value)
		if len(l) == 0 {
			return []Value{}, nil
		}
		return l[1:], nil
	})
	e.vars["cons"] = Builtin(func(args []Value) (Value, error) {
		l, _ := args[1].([]Value)
		return append([]Value{args[0]}, l...), nil
	})
	e.vars["null?"] = Builtin(func(args []Value) (Value, error) {
		l, ok := args[0].([]Value)
		return ok && len(l) == 0, nil
	})
	return e
}

func eval(x Value, env *Env) (Value, error) {
	for {
		switch v := x.(type) {
		case Symbol:
			e, ok := env.find(v)
			if !ok {
				return nil, fmt.Errorf("undefined symbol %s", v)
			}
			return e.vars[v], nil
		case int, float64, bool:
			return v, nil
		case []Value:
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
					if b, ok := c.(bool); !ok || b {
						x = v[2]
					} else if len(v) > 3 {
						x = v[3]
					} else {
						return false, nil
					}
					continue
				case "define":
					val, err := eval(v[2], env)
					if err != nil {
						return nil, err
					}
					env.vars[v[1].(Symbol)] = val
					return nil, nil
				case "set!":
					e, ok := env.find(v[1].(Symbol))
					if !ok {
						return nil, fmt.Errorf("set! of undefined %v", v[1])
					}
					val, err := eval(v[2], env)
					if err != nil {
						return nil, err
					}
					e.vars[v[1].(Symbol)] = val
					return nil, nil
				case "lambda":
					var ps []Symbol
					for _, p := range v[1].([]Value) {
						ps = append(ps, p.(Symbol))
					}
					return &Lambda{ps, v[2], env}, nil
				case "begin":
					for _, e := range v[1 : len(v)-1] {
						if _, err := eval(e, env); err != nil {
							return nil, err
						}
					}
					x = v[len(v)-1]
					continue
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
			case *Lambda:
				if len(args) != len(fn.params) {
					return nil, fmt.Errorf("arity mismatch: want %d got %d", len(fn.params), len(args))
				}
				ne := &Env{vars: map[Symbol]Value{}, outer: fn.env}
				for i, p := range fn.params {
					ne.vars[p] = args[i]
				}
				x, env = fn.body, ne
				continue
			default:
				return nil, fmt.Errorf("not a function: %v", show(f))
			}
		}
		return nil, fmt.Errorf("cannot eval %T", x)
	}
}

func show(v Value) string {
	switch t := v.(type) {
	case []Value:
		parts := make([]string, len(t))
		for i, e := range t {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda/%d>", len(t.params))
	case Builtin:
		return "<builtin>"
	case nil:
		return "nil"
	case float64:
		return strconv.FormatFloat(t, 'g', -1, 64)
	}
	return fmt.Sprint(v)
}

func main() {
	env := globalEnv()
	prog := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(fact 20)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 20)",
		"(define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))",
		"(define c1 (make-counter))",
		"(c1)", "(c1)", "(c1)",
		"(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))",
		"(map (lambda (x) (* x x)) (list 1 2 3 4))",
		"(define loop (lambda (n acc) (if (= n 0) acc (loop (- n 1) (+ acc n)))))",
		"(loop 10000 0)",
		"(/ 1 3)", "(/ 1 0)", "(+ 1 2.5)",
		"(undefined-fn 1)", "(1 2)", "(car (quote ()))", "(fact)",
		"(quote (a b (c d)))", "(+ 1", ")",
		"(if (> 1 2) 1)",
	}
	for _, src := range prog {
		toks := tokenize(src)
		expr, err := parse(&toks)
		if err != nil {
			fmt.Printf("%-30s parse error: %v\n", src[:min(30, len(src))], err)
			continue
		}
		v, err := eval(expr, env)
		if err != nil {
			fmt.Printf("%-30s error: %v\n", src[:min(30, len(src))], err)
			continue
		}
		if v != nil {
			fmt.Printf("%-30s => %s\n", src[:min(30, len(src))], show(v))
		}
	}
}
