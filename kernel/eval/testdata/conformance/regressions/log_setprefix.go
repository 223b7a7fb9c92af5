package main

import (
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "", 0)
	l.Println("plain")
	l.SetPrefix("x: ")
	l.Println("hello")
	l.Printf("n=%d", 3)
	l.SetFlags(log.Lmsgprefix)
	l.Print("after")
	l.SetPrefix("")
	l.Print("end")
}
