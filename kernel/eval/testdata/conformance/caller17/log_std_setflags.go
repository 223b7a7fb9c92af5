package main

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello from main")
	log.Printf("value %v", 42)
	log.Print("print")
	log.SetPrefix("pfx ")
	log.Println("with prefix")
	log.SetFlags(0)
	log.Println("no file")
}
