package main

import (
	"fmt"
	"net/http"
)

type App struct {
	http.ServeMux
	name string
}

func main() {
	var h http.Handler = &App{name: "x"}
	_, ok := h.(interface{ Handle(string, http.Handler) })
	fmt.Println(ok)
}
