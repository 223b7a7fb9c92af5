package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

func main() {
	dateCmd := exec.Command("echo", "hello", "from", "echo")
	out, err := dateCmd.Output()
	if err != nil {
		panic(err)
	}
	fmt.Print("> echo\n", string(out))
	_, err = exec.Command("sh", "-c", "exit 3").Output()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("exit code:", ee.ExitCode())
	}
	grepCmd := exec.Command("grep", "hello")
	grepIn, _ := grepCmd.StdinPipe()
	grepOut, _ := grepCmd.StdoutPipe()
	grepCmd.Start()
	grepIn.Write([]byte("hello grep\ngoodbye grep"))
	grepIn.Close()
	grepBytes, _ := io.ReadAll(grepOut)
	grepCmd.Wait()
	fmt.Println("> grep hello")
	fmt.Println(string(grepBytes))
	var buf bytes.Buffer
	c := exec.Command("sh", "-c", "tr a-z A-Z")
	c.Stdin = strings.NewReader("shout\n")
	c.Stdout = &buf
	fmt.Println(c.Run(), buf.String())
	_, err = exec.LookPath("definitely-not-a-command-xyz")
	fmt.Println(err != nil)
	combined, _ := exec.Command("sh", "-c", "echo out; echo err 1>&2").CombinedOutput()
	fmt.Print(string(combined))
}
