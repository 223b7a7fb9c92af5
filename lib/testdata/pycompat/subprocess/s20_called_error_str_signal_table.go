package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, rc := range []int{-1, -2, -6, -9, -13, -15, -16, -17, -29, -30, -31, -33, -34, -35, -50, -64, -65, -128, 0, 1, 255, 256} {
		fmt.Println(rc, (&subprocess.CalledProcessError{Returncode: rc, Cmd: []string{"prog", "a b"}}).Error())
	}
	fmt.Println((&subprocess.CalledProcessError{Returncode: -9, Cmd: []string{"sleep 5"}, Shell: true}).Error())
	fmt.Println((&subprocess.CalledProcessError{Returncode: 3, Cmd: []string{"exit 3"}, Shell: true, Output: []byte("x"), Stderr: []byte("y")}).Error())
}
