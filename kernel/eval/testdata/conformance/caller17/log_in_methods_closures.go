package main

import (
	"bytes"
	"fmt"
	"log"
)

type Service struct {
	log *log.Logger
}

func (s *Service) Start() {
	s.log.Println("start")
	s.step(1)
}

func (s *Service) step(n int) {
	s.log.Printf("step %d", n)
	done := func() {
		s.log.Print("done")
	}
	done()
}

func main() {
	var buf bytes.Buffer
	s := &Service{log: log.New(&buf, "svc ", log.Lshortfile)}
	s.Start()
	fmt.Print(buf.String())
}
