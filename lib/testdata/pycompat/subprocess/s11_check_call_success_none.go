package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	err := subprocess.CheckCall([]string{"true"})
	fmt.Println(pyZero(err))
	err = subprocess.CheckCall([]string{"exit 0"}, subprocess.Options{Shell: true})
	fmt.Println(pyZero(err))
	if err := subprocess.CheckCall([]string{"false"}); err != nil {
		fmt.Println(err)
	}
}

// pyZero is check_call's 0 on success.
func pyZero(err error) any {
	if err == nil {
		return 0
	}
	return err
}
