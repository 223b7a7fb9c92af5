package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	logger := log.New(&buf, "app: ", log.Lmsgprefix)
	logger.Println("starting")
	logger.Printf("port=%d", 8080)
	logger.SetPrefix("[db] ")
	logger.Print("connected")
	fmt.Print(buf.String())
	std := log.New(os.Stdout, "", 0)
	std.Println("to stdout", 1, 2)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("via package logger")
	fmt.Println(log.Flags(), log.Prefix())
	defer fmt.Println("deferred does not run after Fatal")
	log.Fatalf("fatal: %s", "bye")
}
