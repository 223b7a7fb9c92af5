package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "exec").Output()
	fmt.Printf("%q %v\n", out, err)
	cmd := exec.Command("sh", "-c", "cat; echo err >&2; exit 3")
	cmd.Stdin = strings.NewReader("from stdin\n")
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err = cmd.Run()
	var ee *exec.ExitError
	fmt.Println(errors.As(err, &ee), ee.ExitCode(), so.String(), se.String())
	fmt.Println(err)
	_, err = exec.LookPath("definitely-not-a-command-xyz")
	fmt.Println(errors.Is(err, exec.ErrNotFound))
	comb, _ := exec.Command("sh", "-c", "echo a; echo b >&2").CombinedOutput()
	fmt.Println(len(comb))
	c := exec.Command("tr", "a-z", "A-Z")
	c.Stdin = strings.NewReader("shout")
	up, _ := c.Output()
	fmt.Println(string(up))
	fmt.Println(exec.Command("ls", "-l").Args)
}
