package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) string { return l.prefix + msg }
func (l Logger) Name() string          { return "logger" }

type Store struct {
	data map[string]string
	Name string
}

func (s *Store) Get(k string) string { return s.data[k] }
func (s *Store) Set(k, v string)     { s.data[k] = v }

type Service struct {
	Logger
	*Store
	id int
}

type Admin struct {
	Service
	Name string
}

func (a Admin) Log(msg string) string { return "[admin] " + a.Service.Log(msg) }

type Getter interface{ Get(string) string }
type LogNamer interface {
	Log(string) string
}

func main() {
	st := &Store{data: map[string]string{}, Name: "store"}
	s := Service{Logger{"svc: "}, st, 1}
	s.Set("a", "1")
	fmt.Println(s.Get("a"), s.Log("hello"), s.Logger.Name(), s.Store.Name)
	a := Admin{s, "root"}
	a.Set("b", "2")
	fmt.Println(a.Name, a.Service.Store.Name, a.Log("x"), st.data)
	var g Getter = a
	var ln LogNamer = a
	var ln2 LogNamer = a.Service
	fmt.Println(g.Get("b"), ln.Log("y"), ln2.Log("z"))
	a2 := a
	a2.Set("c", "3") // shares *Store
	a2.prefix = "changed: "
	fmt.Println(len(st.data), a.Log("p"), a2.Log("p"))
	var empty Service
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(empty.Log("ok"))
		empty.Get("x")
	}()
	fmt.Printf("%+v\n", Admin{Service{Logger: Logger{"p"}, id: 2}, "n"})
}
