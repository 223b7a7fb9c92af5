package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "rootdemo")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	root, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer root.Close()
	f, err := root.Create("notes.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintln(f, "inside the root")
	f.Close()
	if err := root.Mkdir("sub", 0o755); err != nil {
		fmt.Println(err)
	}
	g, _ := root.Open("notes.txt")
	data, _ := io.ReadAll(g)
	g.Close()
	fmt.Printf("%q\n", data)
	_, err = root.Open("../escape.txt")
	fmt.Println(err != nil)
	fi, err := root.Stat("sub")
	fmt.Println(fi.IsDir(), err, filepath.Base(root.Name()) == filepath.Base(dir))
	sub, err := root.OpenRoot("sub")
	fmt.Println(err)
	w, _ := sub.Create("x")
	w.Close()
	_, err = os.Stat(filepath.Join(dir, "sub", "x"))
	fmt.Println(err)
	sub.Close()
}
