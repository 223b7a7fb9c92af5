package main

import "fmt"

type Logger interface{ Log(string) }

type stdLogger struct{}

func (l *stdLogger) Log(s string) { fmt.Println(s) }

type Service struct {
	log Logger
}

func main() {
	s := Service{log: stdLogger{}}
	s.log.Log("x")
}
