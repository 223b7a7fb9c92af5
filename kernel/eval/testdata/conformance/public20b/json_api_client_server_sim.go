package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type apiError struct {
	Error string `json:"error"`
}

type store struct {
	mu    sync.Mutex
	next  int
	todos map[int]*Todo
}

func (s *store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/todos":
		list := make([]Todo, 0, len(s.todos))
		for _, t := range s.todos {
			list = append(list, *t)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		if r.URL.Query().Get("done") == "true" {
			filtered := list[:0]
			for _, t := range list {
				if t.Done {
					filtered = append(filtered, t)
				}
			}
			list = filtered
		}
		json.NewEncoder(w).Encode(list)
	case r.Method == http.MethodPost && r.URL.Path == "/todos":
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil || strings.TrimSpace(t.Title) == "" {
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(apiError{"invalid todo"})
			return
		}
		s.next++
		t.ID = s.next
		s.todos[t.ID] = &t
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(t)
	case r.Method == http.MethodPatch && strings.HasPrefix(r.URL.Path, "/todos/"):
		var id int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/todos/"), "%d", &id)
		t, ok := s.todos[id]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			json.NewEncoder(w).Encode(apiError{fmt.Sprintf("todo %d not found", id)})
			return
		}
		t.Done = true
		json.NewEncoder(w).Encode(t)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
		json.NewEncoder(w).Encode(apiError{"method not allowed"})
	}
}

var ErrAPI = errors.New("api error")

func call(h http.Handler, method, path string, body any, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req := httptest.NewRequest(method, path, rd)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code >= 400 {
		var e apiError
		json.Unmarshal(rec.Body.Bytes(), &e)
		return rec.Code, fmt.Errorf("%w %d: %s", ErrAPI, rec.Code, e.Error)
	}
	return rec.Code, json.Unmarshal(rec.Body.Bytes(), out)
}

func main() {
	s := &store{todos: map[int]*Todo{}}
	for _, title := range []string{"write code", "  ", "test code", "ship it"} {
		var t Todo
		code, err := call(s, "POST", "/todos", Todo{Title: title}, &t)
		fmt.Println(code, t, err, errors.Is(err, ErrAPI))
	}
	var t Todo
	fmt.Println(call(s, "PATCH", "/todos/2", nil, &t))
	fmt.Println(t)
	fmt.Println(call(s, "PATCH", "/todos/42", nil, &t))
	var list []Todo
	call(s, "GET", "/todos", nil, &list)
	fmt.Println(list)
	call(s, "GET", "/todos?done=true", nil, &list)
	fmt.Println(list)
	fmt.Println(call(s, "DELETE", "/todos", nil, nil))
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("POST", "/todos", strings.NewReader("{bad json")))
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"), strings.TrimSpace(rec.Body.String()))
}
