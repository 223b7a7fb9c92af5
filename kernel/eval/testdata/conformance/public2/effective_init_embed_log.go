package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
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
	*bufio.Reader
	*bufio.Writer
}

var home = "/home/gopher"

func init() {
	if home == "" {
		home = "/"
	}
	home = strings.TrimSuffix(home, "/") + "/"
}

func main() {
	job := NewJob("build", log.New(os.Stdout, "Job: ", 0))
	job.Println("starting now...")
	job.Printf("step %d", 1)
	rw := ReadWriter{bufio.NewReader(strings.NewReader("line1\nline2\n")), bufio.NewWriter(os.Stdout)}
	line, _ := rw.ReadString('\n')
	rw.WriteString("read: " + line)
	rw.Flush()
	fmt.Println(home)
}
