package main

import (
	"log"
	"os"
)

// A struct embedding a *log.Logger: its promoted methods write with the
// caller's file and line (Lshortfile), as the Logger's own do.
type service struct {
	*log.Logger
	name string
}

func (s *service) start() {
	s.Printf("%s starting", s.name)
}

func main() {
	s := &service{Logger: log.New(os.Stdout, "svc: ", log.Lshortfile), name: "api"}
	s.Println("hello")
	s.start()
	s.Print("bye")
}
