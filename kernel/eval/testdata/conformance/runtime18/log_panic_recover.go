package main

import (
	"bytes"
	"fmt"
	"log"
)

type Job struct {
	log *log.Logger
}

func (j Job) run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %T: %v", r, r)
		}
	}()
	j.log.Panicf("bad %d", 3)
	return nil
}

func main() {
	var buf bytes.Buffer
	j := Job{log: log.New(&buf, "job: ", 0)}
	fmt.Println(j.run())
	fmt.Printf("%q\n", buf.String())
	fmt.Printf("%T\n", j.log)
}
