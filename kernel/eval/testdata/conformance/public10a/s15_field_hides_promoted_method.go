package main

import "fmt"

type Logger struct{}

func (Logger) Log(s string) string { return "log: " + s }
func (Logger) Level() int          { return 1 }

type Service struct {
	Logger
	Log []string // hides Logger.Log: Service has no method Log
}

type Wrapped struct {
	Service // Log is a field at depth 1 here, Logger.Log at depth 2
}

type LogWriter interface{ Log(string) string }
type Leveler interface{ Level() int }

func check(name string, v interface{}) {
	_, isWriter := v.(LogWriter)
	_, isLeveler := v.(Leveler)
	fmt.Println(name, isWriter, isLeveler)
}

func main() {
	s := Service{Log: []string{"a"}}
	check("Service", s)
	check("*Service", &s)
	check("Wrapped", Wrapped{s})
	check("Logger", s.Logger)
	fmt.Println(s.Log, s.Logger.Log("x"), s.Level())
}
