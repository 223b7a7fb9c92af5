package main

import (
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "from", "child").Output()
	fmt.Printf("%q %v\n", out, err)
	cmd := exec.Command("tr", "a-z", "A-Z")
	in, _ := cmd.StdinPipe()
	outp, _ := cmd.StdoutPipe()
	cmd.Start()
	io.WriteString(in, "hello grep\ngoodbye grep")
	in.Close()
	b, _ := io.ReadAll(outp)
	cmd.Wait()
	fmt.Println(string(b))
	c2 := exec.Command("sh", "-c", "echo out; echo err 1>&2; exit 3")
	var so, se strings.Builder
	c2.Stdout = &so
	c2.Stderr = &se
	err = c2.Run()
	var ee *exec.ExitError
	fmt.Println(errors.As(err, &ee), ee.ExitCode(), err)
	fmt.Printf("%q %q\n", so.String(), se.String())
	_, err = exec.LookPath("definitely-not-a-command-xyz")
	fmt.Println(err != nil, errors.Is(err, exec.ErrNotFound))
	combined, _ := exec.Command("sh", "-c", "echo a; echo b 1>&2").CombinedOutput()
	fmt.Println(len(combined))
}
