package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	logger := log.New(&buf, "logger: ", 0)
	logger.Print("Hello, log file!")
	logger.Printf("value=%d", 42)
	logger.Println("with", "spaces", 3)
	logger.SetPrefix("INFO ")
	logger.Print("after prefix change")
	logger.SetFlags(log.Lmsgprefix)
	logger.Print("msgprefix")
	fmt.Print(&buf)
	fmt.Println(logger.Prefix(), logger.Flags() == log.Lmsgprefix)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("standard logger to stdout")
	log.SetPrefix("[std] ")
	log.Printf("%s=%v", "k", true)
	fmt.Println(log.Prefix(), log.Flags())
	w := log.Writer() == os.Stdout
	fmt.Println(w)
	l2 := log.New(os.Stdout, "", log.Lshortfile)
	l2.SetFlags(0)
	l2.Output(1, "via Output")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	log.Panicf("bad %d", 7)
}
