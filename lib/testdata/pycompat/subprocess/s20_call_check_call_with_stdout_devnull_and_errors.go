package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func none(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + string(b) + "'"
}

func main() {
	rc, _ := subprocess.Call([]string{"sh", "-c", "echo hidden; exit 3"}, subprocess.Options{Stdout: subprocess.DEVNULL})
	fmt.Println(rc)
	if err := subprocess.CheckCall([]string{"true"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.DEVNULL}); err == nil {
		fmt.Println(0)
	}
	err := subprocess.CheckCall([]string{"sh", "-c", "echo visible-err >&2; exit 5"}, subprocess.Options{Stderr: subprocess.DEVNULL})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, none(e.Output), none(e.Stderr), e)
	}
	_, err = subprocess.Call([]string{"definitely-not-a-command-s20"})
	var nf *subprocess.FileNotFoundError
	if errors.As(err, &nf) {
		fmt.Println("FileNotFoundError:", nf, 2, nf.Name)
	}
}
