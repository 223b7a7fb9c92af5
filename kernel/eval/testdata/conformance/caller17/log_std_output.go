package main

import (
	"log"
	"os"
)

func warn(msg string) {
	log.Output(2, "WARN "+msg)
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Output(1, "direct")
	warn("disk almost full")
	warn("again")
}
