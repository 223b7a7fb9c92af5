package main

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	if err != nil {
		panic(err)
	}
	fmt.Printf("> echo\n%s", out)
	cmd := exec.Command("sh", "-c", "tr a-z A-Z")
	cmd.Stdin = strings.NewReader("hello grep\ngoodbye grep")
	res, err := cmd.Output()
	fmt.Println(string(res), err)
	err = exec.Command("sh", "-c", "exit 3").Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("exit code", ee.ExitCode())
	}
	_, err = exec.LookPath("definitely-not-a-command-xyz")
	fmt.Println(err != nil, errors.Is(err, exec.ErrNotFound))
	lsOut, _ := exec.Command("sh", "-c", "printf 'a\\nb\\n' | wc -l").CombinedOutput()
	fmt.Println(strings.TrimSpace(string(lsOut)))
}
