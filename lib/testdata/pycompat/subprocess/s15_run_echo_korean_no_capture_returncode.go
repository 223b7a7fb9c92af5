package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo", "이것은 subprocess입니다."})
	fmt.Println(r)
	fmt.Println(r.Returncode, "None", "None", "['echo', '이것은 subprocess입니다.']")
}
