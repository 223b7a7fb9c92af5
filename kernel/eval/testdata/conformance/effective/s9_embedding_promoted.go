// Effective Go's embedding: a ReadWriter of embedded *bufio.Reader and
// *bufio.Writer satisfies io.ReadWriter, a Job embedding *log.Logger
// calls its methods directly, and compiled code (io.Copy, fmt.Fprintf,
// reflect) sees the promoted methods of a notebook struct.
package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"os"
	"reflect"
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

func (job *Job) Printf(format string, args ...any) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

type upper struct{ io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(p))))
}

type logged struct {
	upper
	n int
}

func main() {
	rw := ReadWriter{bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(os.Stdout)}
	var x any = rw
	_, isRW := x.(io.ReadWriter)
	fmt.Println(isRW)
	n, err := io.Copy(rw, rw)
	rw.Flush()
	fmt.Println(n, err)

	job := &Job{"build", log.New(os.Stdout, "job: ", 0)}
	job.Println("starting")
	job.Printf("%d steps", 3)
	fmt.Println(reflect.TypeOf(job).NumMethod() > 10)
	_, ok := reflect.TypeOf(job).MethodByName("SetPrefix")
	fmt.Println(ok)

	l := logged{upper{os.Stdout}, 0}
	fmt.Fprintf(l, "hello %s\n", "embedding")
	var w io.Writer = l
	io.WriteString(w, "done\n")
	t := reflect.TypeOf(l)
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name, t.Method(i).Type)
	}
}
