package main

import (
	"log"
	"os"
)

func main() {
	l := log.Default()
	l.SetOutput(os.Stdout)
	l.SetFlags(log.Lshortfile)
	l.Println("via Default")
	log.Println("via package")
	l.Output(1, "via Output")
}
