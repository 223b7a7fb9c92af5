package main

import "fmt"

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type StrOnly int

func (s StrOnly) String() string { return fmt.Sprintf("s%d", int(s)) }

type H struct{ S fmt.Stringer }

func kind(s fmt.Stringer) string {
	switch v := s.(type) {
	case nil:
		return "nil"
	case error:
		return "error:" + v.Error()
	case Both:
		return "Both"
	default:
		return "other:" + v.String()
	}
}

func main() {
	ss := []fmt.Stringer{Both{1}, StrOnly(2), nil}
	for _, s := range ss {
		fmt.Println(kind(s))
		e, ok := s.(error)
		fmt.Println(ok, e)
		b, ok := s.(Both)
		fmt.Println(ok, b.code)
	}
	h := H{Both{3}}
	e := h.S.(error)
	fmt.Println(e, e.Error(), h.S.String())
	m := map[string]fmt.Stringer{"x": Both{4}}
	if e, ok := m["x"].(interface{ Error() string }); ok {
		fmt.Println("anon:", e.Error())
	}
	var back fmt.Stringer = e.(fmt.Stringer)
	fmt.Println(back, back == h.S, back == fmt.Stringer(Both{3}))
	any1 := any(ss[0])
	_, isErr := any1.(error)
	fmt.Println(isErr, any1)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	_ = ss[1].(error)
}
