package main

import (
	"bytes"
	"fmt"
	"log"
)

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job {
	return &Job{command, logger}
}

func (job *Job) Printf(format string, args ...interface{}) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

type ReadWriter struct {
	*bytes.Buffer
	name string
}

func main() {
	var buf bytes.Buffer
	job := NewJob("make", log.New(&buf, "job: ", 0))
	job.Println("starting now...")
	job.Printf("step %d", 2)
	job.SetPrefix("JOB ")
	job.Print("done")
	fmt.Print(buf.String())
	fmt.Println(job.Prefix(), job.Flags())
	rw := ReadWriter{new(bytes.Buffer), "rw"}
	rw.WriteString("abc")
	fmt.Fprintf(rw, "-%d", 42)
	b := make([]byte, 2)
	n, _ := rw.Read(b)
	fmt.Println(n, string(b), rw.String(), rw.Len())
}
