package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type ReadWriter struct {
	*bufio.Reader
	*bufio.Writer
}

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

func main() {
	rw := ReadWriter{bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(os.Stdout)}
	line, _ := rw.ReadString('\n')
	rw.WriteString("read: " + line)
	rw.Flush()
	var r io.Reader = rw
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	job := NewJob("make", log.New(os.Stdout, "Job: ", 0))
	job.Println("starting now...")
	job.Printf("step %d", 2)
	job.SetPrefix("Job2: ")
	job.Print("done")
}
