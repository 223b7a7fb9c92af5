// An RPC-style dispatcher: exported methods of a service found through
// reflect (Method(i), MethodByName, Method(i).Func called with the
// receiver), arguments decoded into new values of the parameter types.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Args struct{ A, B int }

type Reply struct {
	Sum  int
	Note string
}

type Arith struct{ calls int }

func (t *Arith) Add(args Args, reply *Reply) error {
	t.calls++
	reply.Sum = args.A + args.B
	return nil
}

func (t *Arith) Div(args Args, reply *Reply) error {
	t.calls++
	if args.B == 0 {
		return errors.New("divide by zero")
	}
	reply.Sum = args.A / args.B
	reply.Note = fmt.Sprintf("%d/%d", args.A, args.B)
	return nil
}

func (t *Arith) Calls() int { return t.calls }

func (t *Arith) helper() {}

var errType = reflect.TypeOf((*error)(nil)).Elem()

type method struct {
	fn        reflect.Value
	argT, rep reflect.Type
}

func register(rcvr any) map[string]method {
	out := map[string]method{}
	t := reflect.TypeOf(rcvr)
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		mt := m.Type
		if mt.NumIn() != 3 || mt.NumOut() != 1 || mt.Out(0) != errType || mt.In(2).Kind() != reflect.Ptr {
			fmt.Println("skip", m.Name, mt)
			continue
		}
		out[m.Name] = method{m.Func, mt.In(1), mt.In(2).Elem()}
	}
	return out
}

func call(rcvr any, ms map[string]method, name, body string) (any, error) {
	m, ok := ms[name]
	if !ok {
		return nil, fmt.Errorf("no method %q", name)
	}
	arg := reflect.New(m.argT)
	if err := json.NewDecoder(strings.NewReader(body)).Decode(arg.Interface()); err != nil {
		return nil, err
	}
	rep := reflect.New(m.rep)
	out := m.fn.Call([]reflect.Value{reflect.ValueOf(rcvr), arg.Elem(), rep})
	if err, _ := out[0].Interface().(error); err != nil {
		return nil, err
	}
	return rep.Elem().Interface(), nil
}

func main() {
	a := &Arith{}
	ms := register(a)
	fmt.Println(len(ms))
	for _, req := range []struct{ m, b string }{{"Add", `{"A":2,"B":3}`}, {"Div", `{"A":9,"B":2}`}, {"Div", `{"A":1}`}, {"Mul", `{}`}, {"Add", `{"A":"x"}`}} {
		r, err := call(a, ms, req.m, req.b)
		fmt.Printf("%s %v %+v\n", req.m, err, r)
	}
	fmt.Println(a.Calls())
	v := reflect.ValueOf(a).MethodByName("Calls")
	fmt.Println(v.Type(), v.Call(nil)[0].Int())
	f := reflect.ValueOf(a).Method(2).Interface().(func(Args, *Reply) error)
	var r Reply
	fmt.Println(f(Args{7, 0}, &r), r)
	m, ok := reflect.TypeOf(a).MethodByName("Add")
	fmt.Println(ok, m.Index, m.Type.In(0), m.Type.NumIn())
	_, ok = reflect.TypeOf(a).MethodByName("helper")
	fmt.Println(ok, reflect.TypeOf(a).NumMethod(), reflect.TypeOf(*a).NumMethod())
}
