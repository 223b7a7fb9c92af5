package main

import (
	"errors"
	"fmt"
	"strings"
)

type Type interface{ String() string }

type TInt struct{}
type TBool struct{}
type TFun struct{ Arg, Ret Type }

func (TInt) String() string  { return "int" }
func (TBool) String() string { return "bool" }
func (f TFun) String() string {
	a := f.Arg.String()
	if _, ok := f.Arg.(TFun); ok {
		a = "(" + a + ")"
	}
	return a + " -> " + f.Ret.String()
}

type Expr interface{ expr() }

type (
	Lit struct{ V any }
	Var struct{ Name string }
	Lam struct {
		Param string
		PType Type
		Body  Expr
	}
	App struct{ Fn, Arg Expr }
	If  struct{ Cond, Then, Else Expr }
	Op  struct {
		Sym  string
		L, R Expr
	}
)

func (Lit) expr() {}
func (Var) expr() {}
func (Lam) expr() {}
func (App) expr() {}
func (If) expr()  {}
func (Op) expr()  {}

type Env map[string]Type

func (e Env) with(k string, t Type) Env {
	n := Env{}
	for a, b := range e {
		n[a] = b
	}
	n[k] = t
	return n
}

var ErrType = errors.New("type error")

func typeOf(e Expr, env Env) (Type, error) {
	switch x := e.(type) {
	case Lit:
		switch x.V.(type) {
		case int:
			return TInt{}, nil
		case bool:
			return TBool{}, nil
		}
		return nil, fmt.Errorf("%w: literal %v", ErrType, x.V)
	case Var:
		if t, ok := env[x.Name]; ok {
			return t, nil
		}
		return nil, fmt.Errorf("%w: unbound %s", ErrType, x.Name)
	case Lam:
		bt, err := typeOf(x.Body, env.with(x.Param, x.PType))
		if err != nil {
			return nil, err
		}
		return TFun{x.PType, bt}, nil
	case App:
		ft, err := typeOf(x.Fn, env)
		if err != nil {
			return nil, err
		}
		at, err := typeOf(x.Arg, env)
		if err != nil {
			return nil, err
		}
		f, ok := ft.(TFun)
		if !ok {
			return nil, fmt.Errorf("%w: applying non-function %v", ErrType, ft)
		}
		if f.Arg != at {
			return nil, fmt.Errorf("%w: argument %v, want %v", ErrType, at, f.Arg)
		}
		return f.Ret, nil
	case If:
		ct, err := typeOf(x.Cond, env)
		if err != nil {
			return nil, err
		}
		if ct != (TBool{}) {
			return nil, fmt.Errorf("%w: condition is %v", ErrType, ct)
		}
		a, err := typeOf(x.Then, env)
		if err != nil {
			return nil, err
		}
		b, err := typeOf(x.Else, env)
		if err != nil {
			return nil, err
		}
		if a != b {
			return nil, fmt.Errorf("%w: branches %v and %v", ErrType, a, b)
		}
		return a, nil
	case Op:
		l, err := typeOf(x.L, env)
		if err != nil {
			return nil, err
		}
		r, err := typeOf(x.R, env)
		if err != nil {
			return nil, err
		}
		if l != (TInt{}) || r != (TInt{}) {
			return nil, fmt.Errorf("%w: %s on %v and %v", ErrType, x.Sym, l, r)
		}
		if strings.Contains("<=>", x.Sym) {
			return TBool{}, nil
		}
		return TInt{}, nil
	}
	return nil, fmt.Errorf("%w: unknown %T", ErrType, e)
}

func main() {
	inc := Lam{"x", TInt{}, Op{"+", Var{"x"}, Lit{1}}}
	twice := Lam{"f", TFun{TInt{}, TInt{}}, Lam{"x", TInt{}, App{Var{"f"}, App{Var{"f"}, Var{"x"}}}}}
	progs := []Expr{
		Lit{3},
		inc,
		App{inc, Lit{41}},
		twice,
		App{twice, inc},
		App{App{twice, inc}, Lit{0}},
		If{Op{"<", Lit{1}, Lit{2}}, Lit{true}, Lit{false}},
		If{Lit{1}, Lit{2}, Lit{3}},
		App{Lit{3}, Lit{4}},
		App{inc, Lit{true}},
		If{Lit{true}, Lit{1}, Lit{false}},
		Var{"y"},
		Lit{"s"},
	}
	for i, p := range progs {
		t, err := typeOf(p, Env{})
		if err != nil {
			fmt.Printf("%2d error: %v (%v)\n", i, err, errors.Is(err, ErrType))
			continue
		}
		fmt.Printf("%2d %v\n", i, t)
	}
	fmt.Println(TFun{TFun{TInt{}, TBool{}}, TFun{TInt{}, TInt{}}} == TFun{TFun{TInt{}, TBool{}}, TFun{TInt{}, TInt{}}})
}
