package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(s string) string { return l.prefix + s }
func (l Logger) Name() string        { return "logger" }

type Service struct {
	Logger
	name string
}

func (s Service) Name() string { return "service:" + s.name }

type App struct {
	Service
	*Logger
	ver int
}

func main() {
	s := Service{Logger{"[svc] "}, "api"}
	fmt.Println(s.Log("started"), s.Name(), s.Logger.Name())
	a := App{Service: s, Logger: &Logger{"[app] "}, ver: 2}
	fmt.Println(a.Service.Log("x"), a.Logger.Log("y"))
	fmt.Println(a.Service.Name(), a.ver)
	type Named interface{ Name() string }
	var n Named = s
	fmt.Println(n.Name())
	n = s.Logger
	fmt.Println(n.Name())
	fmt.Printf("%+v\n", s)
}
